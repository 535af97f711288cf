package itc.renewal.payment.order.web;

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

/** The web part of platform only: its messaging beans need Kafka and a database this slice has not. */
@TestConfiguration(proxyBeanMethods = false)
@Import({IdentityWebConfiguration.class, ProblemConfiguration.class})
class PlatformWeb {

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
