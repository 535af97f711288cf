package itc.renewal.platform.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The settings the platform pieces share, each piece in its own {@code META-INF/itc-platform/<piece>.properties}
 * (web, messaging, events): an application gets the defaults of exactly the pieces it depends on. They are added
 * with the lowest precedence, so a service's application.yml or an environment variable still overrides them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String LOCATION = "classpath*:META-INF/itc-platform/*.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            for (Resource piece : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                Properties defaults = PropertiesLoaderUtils.loadProperties(piece);
                environment.getPropertySources().addLast(
                        new PropertiesPropertySource("itc-platform-defaults-" + piece.getFilename(), defaults));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the platform's defaults", e);
        }
        // Axon's update checker reads a system property, not Spring's environment.
        if ("true".equals(environment.getProperty("axoniq.update-checker.disabled"))) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
    }
}
