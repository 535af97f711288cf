package itc.renewal.renewal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RenewalServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(RenewalServiceApplication.class, args);
    }
}
