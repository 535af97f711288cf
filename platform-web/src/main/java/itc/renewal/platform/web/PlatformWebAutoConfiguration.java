package itc.renewal.platform.web;

import itc.renewal.contracts.identity.SignedIdentity;
import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.clock.ClockController;
import itc.renewal.platform.clock.ClockProperties;
import itc.renewal.platform.identity.IdentityFilter;
import itc.renewal.platform.provenance.ProvenanceFilter;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.platform.identity.IdentityWebConfiguration;
import itc.renewal.platform.identity.OperatorOnly;
import itc.renewal.platform.problem.ProblemConfiguration;
import itc.renewal.platform.web.json.StrictDates;
import itc.renewal.platform.web.openapi.OpenApiConfiguration;
import itc.renewal.platform.web.protection.RequestSizeLimit;
import itc.renewal.platform.web.protection.SecurityHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.util.List;

/**
 * What every web application of ours gets by depending on {@code platform-web}: the business clock (rule D2),
 * the signed identity on {@code /api/**} and problem details. Also part of every {@code @WebMvcTest} slice.
 */
@AutoConfiguration
@EnableConfigurationProperties(ClockProperties.class)
@Import({IdentityWebConfiguration.class, ProblemConfiguration.class, OpenApiConfiguration.class})
public class PlatformWebAutoConfiguration {

    /** Dates in every JSON body are {@code yyyy-MM-dd} only (see {@link StrictDates}). */
    @Bean
    StrictDates strictDates() {
        return new StrictDates();
    }

    @Bean
    @ConditionalOnMissingBean
    BusinessClock businessClock(ClockProperties properties) {
        BusinessClock clock = BusinessClock.system();
        if (properties.start() != null && properties.startedAt() != null) {
            clock.startAt(properties.start().toInstant(), properties.startedAt());
        } else if (properties.start() != null) {
            clock.setNow(properties.start().toInstant());
        }
        return clock;
    }

    @Bean
    @ConditionalOnProperty(name = "platform.clock.adjustable", havingValue = "true")
    ClockController clockController(BusinessClock clock) {
        return new ClockController(clock);
    }

    /**
     * Every deployment has its own secret (no default): the local stack generates one, tests use platform-test's.
     * The previous secret is accepted too while a rotation goes through the services.
     */
    @Bean
    IdentitySigner identitySigner(@Value("${platform.identity.secret:}") String secret,
                                  @Value("${platform.identity.previous-secret:}") String previous,
                                  @Value("${platform.identity.audience:${spring.application.name:}}") String audience) {
        if (secret.isBlank()) {
            throw new IllegalStateException("platform.identity.secret (environment PLATFORM_IDENTITY_SECRET) is not set:"
                    + " give the gateway and every service the same secret of at least "
                    + SignedIdentity.MIN_SECRET_LENGTH + " characters (./itc-renewal up generates one)");
        }
        return new IdentitySigner(audience, List.of(secret, previous));
    }

    @Bean
    @ConditionalOnProperty(name = "platform.identity.verify", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<IdentityFilter> identityFilter(IdentitySigner signer) {
        FilterRegistrationBean<IdentityFilter> registration =
                new FilterRegistrationBean<>(new IdentityFilter(signer, Clock.systemUTC()));
        registration.addUrlPatterns("/api/*", "/internal/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return registration;
    }

    /** Each request becomes the current handling (actor, journey, request id), after its identity is proven. */
    @Bean
    FilterRegistrationBean<ProvenanceFilter> provenanceFilter() {
        FilterRegistrationBean<ProvenanceFilter> registration = new FilterRegistrationBean<>(new ProvenanceFilter());
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 50);
        return registration;
    }

    /** Protective headers on every response (first of all filters, so even a refusal carries them). */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Bodies larger than any request needs are refused with 413 before identity or parsing look at them. */
    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(
            @Value("${platform.web.max-request-size:256KB}") DataSize maxRequest,
            @Value("${platform.web.max-upload-size:10MB}") DataSize maxUpload) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
                new RequestSizeLimit(maxRequest.toBytes(), maxUpload.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Fiscal years in paths and request parameters (D1), one way in every service. */
    @Configuration(proxyBeanMethods = false)
    static class FiscalYearParameters implements WebMvcConfigurer {

        @Override
        public void addFormatters(FormatterRegistry registry) {
            registry.addConverter(new FiscalYearParameter());
        }
    }

    /**
     * In every service {@code /api/operator/**} is for operators only, whatever else is configured; the gateway,
     * which identifies members itself and leaves authorization to the services, turns it off explicitly.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "platform.identity.operator-paths", havingValue = "guarded", matchIfMissing = true)
    static class OperatorPaths implements WebMvcConfigurer {

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new OperatorOnly()).addPathPatterns(OperatorOnly.PATHS);
        }
    }
}
