package itc.renewal.gateway.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.gateway.server.mvc.filter.FormFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.http.HttpClient;

/** How the gateway talks to the services; the routes themselves are in application.yml. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    // The JDK client would otherwise try an h2c upgrade on every new connection; the services speak
    // HTTP/1.1 only. Timeouts still come from spring.http.client.* settings.
    @Bean
    ClientHttpRequestFactoryBuilder<?> clientHttpRequestFactoryBuilder() {
        return ClientHttpRequestFactoryBuilder.jdk()
                .withHttpClientCustomizer(client -> client.version(HttpClient.Version.HTTP_1_1));
    }

    /**
     * Gateway MVC's form filter re-encodes a form body for proxying and hides its fields from the request's
     * parameters; it would take the fields of the gateway's own pages (login, password) away from them. Only the
     * proxied paths get it.
     */
    @Bean
    FilterRegistrationBean<FormFilter> proxiedFormsOnly(FormFilter formFilter) {
        FilterRegistrationBean<FormFilter> registration = new FilterRegistrationBean<>(formFilter);
        registration.addUrlPatterns("/api/*", "/callbacks/*");
        registration.setOrder(formFilter.getOrder());
        return registration;
    }

    @Bean
    ServiceUnreachableResolver serviceUnreachableResolver(ObjectMapper json) {
        return new ServiceUnreachableResolver(json);
    }
}
