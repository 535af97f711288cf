package itc.renewal.platformtest;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.identity.IdentityFilter;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.platform.identity.IdentityWebConfiguration;
import itc.renewal.platform.problem.ProblemConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.time.Clock;

/**
 * For {@code @WebMvcTest} slices: the web part of the platform (signed identity on /api/**, problem
 * details, the business clock) without its messaging beans, which need Kafka and a database a slice has not.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({IdentityWebConfiguration.class, ProblemConfiguration.class})
public class PlatformWebSlice {

    @Bean
    IdentitySigner identitySigner(@Value("${platform.identity.secret}") String secret) {
        return new IdentitySigner(secret);
    }

    @Bean
    FilterRegistrationBean<IdentityFilter> identityFilter(IdentitySigner signer) {
        FilterRegistrationBean<IdentityFilter> registration =
                new FilterRegistrationBean<>(new IdentityFilter(signer, Clock.systemUTC()));
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Bean
    BusinessClock businessClock() {
        return BusinessClock.system();
    }
}
