package itc.renewal.report;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ActivityReportServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ActivityReportServiceApplication.class, args);
    }
}
