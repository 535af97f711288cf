package itc.renewal.gateway.auth;

import itc.renewal.gateway.account.domain.Accounts;
import itc.renewal.gateway.routing.ServiceAudiences;
import itc.renewal.platform.identity.IdentitySigner;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

/**
 * Spring Security at the gateway. Members and operators log in with the member page's form (a session in
 * PostgreSQL, Spring Session JDBC, so any gateway instance serves it) or, as API clients, with HTTP Basic and the
 * same password on each request (no session). CSRF tokens protect every form and every browser request of the
 * session; a request carrying Basic credentials needs none, as long as the browser does not mark it cross-site.
 * {@code /api/**} is left to {@link SignedIdentityFilter} (401 problem detail, signed identity for the services);
 * the public pages (login, password links, certificate verification) need no login; every other page does, and
 * {@code /internal/**} is no route of the gateway's (404).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** After Spring Security's chain (order -100): the identity is known by then. */
    static final int SIGNED_IDENTITY_ORDER = -90;
    /** Before Spring Security's chain: a throttled attempt never reaches the password check. */
    static final int THROTTLE_ORDER = -110;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/**", "/internal/**", "/callbacks/**", "/verify/**", "/login", "/account/**",
                                "/assets/**", "/favicon.ico", "/error", "/actuator/health/**").permitAll()
                        .requestMatchers("/operator/**", "/actuator/**").hasRole("OPERATOR")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(SignedIdentityFilter.REALM)
                        .authenticationEntryPoint((request, response, failure) -> {
                            if (failure instanceof InternalAuthenticationServiceException) {
                                SignedIdentityFilter.loginUnavailable(response);
                            } else {
                                SignedIdentityFilter.loginRequired(response);
                            }
                        }))
                .formLogin(form -> form.loginPage(LoginThrottleFilter.LOGIN_PATH)
                        .failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
                                + LoginThrottleFilter.LOGIN_PATH + (failure instanceof InternalAuthenticationServiceException
                                ? "?unavailable" : "?error")))
                        .defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LoginThrottleFilter.LOGIN_PATH
                        + "?logout"))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LoginThrottleFilter.LOGIN_PATH),
                        request -> !request.getServletPath().startsWith("/api/")))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::basicNotCrossSite,
                        SecurityConfiguration::apiWithoutSession, new AntPathRequestMatcher("/callbacks/**")));
        return http.build();
    }

    /**
     * A request with its own credentials, which a browser did not send from another site ({@code Sec-Fetch-Site});
     * the API takes JSON only, which a cross-site form can not send either.
     */
    private static boolean basicNotCrossSite(HttpServletRequest request) {
        return LoginThrottleFilter.basicUser(request).isPresent()
                && !"cross-site".equals(request.getHeader("Sec-Fetch-Site"));
    }

    /**
     * An API request without a session has no login a forged request could ride on: it brings its own credentials
     * or none (and then gets 401, not a CSRF 403).
     */
    private static boolean apiWithoutSession(HttpServletRequest request) {
        if (!request.getServletPath().startsWith("/api/")) {
            return false;
        }
        return request.getRequestedSessionId() == null;
    }

    /**
     * The console's file uploads are multipart forms whose CSRF token travels as a part. Spring Security reads it
     * with {@code getParameter} in a filter, where Tomcat parses parts only when the context allows it (the
     * servlet's multipart settings apply inside the servlet); allowed here, within
     * {@code server.tomcat.max-http-form-post-size}, so the token never has to go into the form's URL (and logs).
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> multipartTokens() {
        return factory -> factory.addContextCustomizers(context -> context.setAllowCasualMultipartParsing(true));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new RememberingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                Clock.systemUTC());
    }

    @Bean
    LoginThrottle loginThrottle() {
        return new LoginThrottle(Clock.systemUTC());
    }

    @Bean
    AuthenticationProvider accountAuthentication(Accounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new AccountUserDetails(accounts));
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthentication(passwords, throttle);
    }

    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
        FilterRegistrationBean<LoginThrottleFilter> registration =
                new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
        registration.setOrder(THROTTLE_ORDER);
        return registration;
    }

    /**
     * The public routes to services (the verification page, the store network's callback) carry no identity, and
     * no session id or password of whoever sends them either: the headers are hidden as on /api/**.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicRoutesWithoutCredentials() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                    FilterChain chain) throws ServletException, IOException {
                        chain.doFilter(new SignedIdentityRequest(request, Map.of()), response);
                    }
                });
        registration.addUrlPatterns("/verify/*", "/callbacks/*");
        registration.setOrder(SIGNED_IDENTITY_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SignedIdentityFilter> signedIdentityFilter(IdentitySigner signer,
                                                                      ServiceAudiences audiences) {
        FilterRegistrationBean<SignedIdentityFilter> registration = new FilterRegistrationBean<>(
                new SignedIdentityFilter(signer, audiences, Clock.systemUTC()));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SIGNED_IDENTITY_ORDER);
        return registration;
    }
}
