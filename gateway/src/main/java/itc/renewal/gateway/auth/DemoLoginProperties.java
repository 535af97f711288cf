package itc.renewal.gateway.auth;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Shared demo passwords: every demo member uses {@code demoPassword}, the operator its own. */
@Validated
@ConfigurationProperties("gateway")
record DemoLoginProperties(@NotBlank @DefaultValue("demo") String demoPassword,
                           @NotBlank @DefaultValue("operator") String operatorPassword) {
}
