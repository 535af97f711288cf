package itc.renewal.platform.problem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the problem-details advice for every service. */
@Configuration(proxyBeanMethods = false)
public class ProblemConfiguration {

    @Bean
    ProblemAdvice problemAdvice() {
        return new ProblemAdvice();
    }
}
