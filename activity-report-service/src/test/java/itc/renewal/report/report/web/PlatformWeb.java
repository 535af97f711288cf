package itc.renewal.report.report.web;

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
 * The web part of the platform (signed identity, problem details) without its messaging beans,
 * which need Kafka and a database that a web slice does not have.
 */
@TestConfiguration
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
}
