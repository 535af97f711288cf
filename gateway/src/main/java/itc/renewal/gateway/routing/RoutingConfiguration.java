package itc.renewal.gateway.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
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

    @Bean
    ServiceUnreachableResolver serviceUnreachableResolver(ObjectMapper json) {
        return new ServiceUnreachableResolver(json);
    }
}
