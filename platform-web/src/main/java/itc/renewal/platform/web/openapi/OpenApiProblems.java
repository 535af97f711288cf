package itc.renewal.platform.web.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import itc.renewal.platform.problem.ProblemCodes;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The problems of one operation as its OpenAPI responses: per HTTP status one response whose description lists the
 * problem codes and whose body is the problem detail ({@link ProblemSchema}); the codes also as
 * {@code x-problem-codes}, which a client can read by machine. The codes are the endpoint's {@link ProblemCodes}
 * and those any endpoint of its kind can answer (a malformed request, a missing or wrong identity, a body too
 * large or of the wrong type).
 */
public final class OpenApiProblems {

    /** Spring's name for it (this file's {@code MediaType} is the OpenAPI model's). */
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private OpenApiProblems() {
    }

    /**
     * What any endpoint of an application answers besides its own problems.
     *
     * @param signedIdentities the application checks the gateway's signed identities (a service): 401
     *                         identity.missing, 403 identity.member-only off the operators' paths; else it is the
     *                         gateway, whose login answers 401 identity.login-required
     * @param commands         the application sends commands to event-sourced aggregates: a change may meet a
     *                         concurrent one (409 request.concurrent-change)
     */
    public record Kind(boolean signedIdentities, boolean commands) {
    }

    /** Adds the handler's problems to the operation springdoc made of it. */
    public static Operation describe(Operation operation, HandlerMethod handler, Kind kind) {
        Set<String> problems = new LinkedHashSet<>(common(handler, kind));
        ProblemCodes onClass = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), ProblemCodes.class);
        ProblemCodes onMethod = handler.getMethodAnnotation(ProblemCodes.class);
        for (ProblemCodes codes : new ProblemCodes[] {onClass, onMethod}) {
            if (codes != null) {
                problems.addAll(List.of(codes.value()));
            }
        }
        Map<String, List<String>> byStatus = new TreeMap<>();
        for (String problem : problems) {
            String[] parts = problem.strip().split("\\s+", 2);
            if (parts.length != 2 || !parts[0].matches("[45]\\d\\d")) {
                throw new IllegalStateException("@ProblemCodes of " + handler + " must read \"<status> <code>\": "
                        + problem);
            }
            byStatus.computeIfAbsent(parts[0], status -> new ArrayList<>()).add(parts[1]);
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        byStatus.forEach((status, codes) -> {
            ApiResponse response = new ApiResponse()
                    .description("Problem detail with code " + String.join(", ", codes))
                    .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                            .schema(new Schema<>().$ref(ProblemSchema.REF))));
            response.addExtension("x-problem-codes", List.copyOf(codes));
            responses.addApiResponse(status, response);
        });
        operation.setResponses(responses);
        return operation;
    }

    /** What any endpoint of this kind can answer, whatever it does (see platform-web's filters and ProblemAdvice). */
    static List<String> common(HandlerMethod handler, Kind kind) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        boolean withBody = mapping != null && List.of(mapping.method()).stream()
                .anyMatch(method -> switch (method) {
                    case POST, PUT, PATCH -> true;
                    default -> false;
                });
        String path = path(handler, mapping);
        List<String> common = new ArrayList<>(List.of("400 request.unreadable", "400 request.path-not-canonical"));
        if (withBody) {
            common.addAll(List.of("400 request.invalid", "413 request.too-large",
                    "415 request.media-type-unsupported"));
            if (kind.commands()) {
                common.add("409 request.concurrent-change");
            }
        }
        if (path.startsWith("/api/") && kind.signedIdentities()) {
            common.add("401 identity.missing");
            common.add(path.startsWith("/api/operator/") ? "403 operator.role-required" : "403 identity.member-only");
        } else if (path.startsWith("/api/")) {
            common.add("401 identity.login-required");
        }
        return common;
    }

    private static String path(HandlerMethod handler, RequestMapping onMethod) {
        RequestMapping onClass = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(),
                RequestMapping.class);
        String prefix = onClass != null && onClass.path().length > 0 ? onClass.path()[0] : "";
        String own = onMethod != null && onMethod.path().length > 0 ? onMethod.path()[0] : "";
        return prefix + own;
    }
}
