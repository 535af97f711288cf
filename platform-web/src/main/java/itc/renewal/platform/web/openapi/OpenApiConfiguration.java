package itc.renewal.platform.web.openapi;

import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

/**
 * Each application's OpenAPI document (springdoc, at {@code /internal/openapi}, for the gateway to merge): its
 * {@code /api/**}, {@code /callbacks/**} and {@code /verify/**} endpoints with the problems each can answer.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(OperationCustomizer.class)
public class OpenApiConfiguration {

    @Bean
    OperationCustomizer problemResponses(@Value("${platform.identity.verify:true}") boolean signedIdentities) {
        OpenApiProblems.Kind kind = new OpenApiProblems.Kind(signedIdentities,
                ClassUtils.isPresent("org.axonframework.commandhandling.gateway.CommandGateway", null));
        return (operation, handler) -> OpenApiProblems.describe(operation, handler, kind);
    }

    @Bean
    OpenApiCustomizer problemSchema(@Value("${spring.application.name:application}") String application) {
        return openApi -> {
            ProblemSchema.addTo(openApi);
            openApi.setInfo(new Info().title(application).version("v1"));
        };
    }
}
