package itc.renewal.gateway.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.gateway.routing.ServiceAudiences;
import itc.renewal.platform.identity.IdentitySigner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Wires the demo authenticator and the filter that signs the identity for the services. */
@Configuration(proxyBeanMethods = false)
class AuthConfiguration {

    // Where Spring Security's filter chain would sit: after encoding/forwarded-header filters,
    // before anything that reads the request on behalf of the proxy.
    static final int FILTER_ORDER = -100;

    @Bean
    Authenticator authenticator(DemoLoginProperties properties) {
        return new DemoBasicAuthenticator(properties);
    }

    @Bean
    FilterRegistrationBean<SignedIdentityFilter> signedIdentityFilter(Authenticator authenticator,
                                                                      IdentitySigner signer,
                                                                      ServiceAudiences audiences, ObjectMapper json) {
        FilterRegistrationBean<SignedIdentityFilter> registration = new FilterRegistrationBean<>(
                new SignedIdentityFilter(authenticator, signer, audiences, json, Clock.systemUTC()));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(FILTER_ORDER);
        return registration;
    }
}
