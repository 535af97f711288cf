package itc.renewal.platform.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Web settings every application of ours shares, added with the lowest precedence so that an application.yml
 * or an environment variable still overrides them.
 */
public class PlatformWebDefaults implements EnvironmentPostProcessor {

    private static final Map<String, Object> DEFAULTS = Map.ofEntries(
            Map.entry("spring.mvc.problemdetails.enabled", "true"),
            Map.entry("spring.jackson.serialization.write-dates-as-timestamps", "false"),
            Map.entry("spring.jackson.time-zone", "Asia/Tokyo"),
            Map.entry("management.endpoints.web.exposure.include", "health,info"),
            Map.entry("server.address", "127.0.0.1"),
            Map.entry("platform.identity.secret", "local-demo-identity-secret-change-me"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("itc-platform-web-defaults", DEFAULTS));
    }
}
