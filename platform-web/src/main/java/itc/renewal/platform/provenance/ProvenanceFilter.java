package itc.renewal.platform.provenance;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentityGuard;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;

/**
 * Makes each request the current {@link Handling}: its actor from the verified identity (a service's call acts for
 * the actor it names in {@value #ACTING_FOR}, as only a signed service may), its journey from
 * {@value #CORRELATION_ID} (the gateway starts one per request of a member or operator) and its id from
 * {@value #REQUEST_ID}. The journey is answered in {@value #CORRELATION_ID}, so support can find it.
 */
public class ProvenanceFilter extends OncePerRequestFilter {

    public static final String CORRELATION_ID = "X-Correlation-Id";
    public static final String REQUEST_ID = "X-Request-Id";
    public static final String ACTING_FOR = "X-Acting-For";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = idOr(request.getHeader(REQUEST_ID), UUID.randomUUID().toString());
        String correlationId = idOr(request.getHeader(CORRELATION_ID), requestId);
        String actor = actorOf(request);
        response.setHeader(CORRELATION_ID, correlationId);
        try (ProvenanceContext.Scope ignored = ProvenanceContext.open(
                new Handling(requestId, new Provenance(actor, correlationId, null), actor))) {
            chain.doFilter(request, response);
        }
    }

    private static String actorOf(HttpServletRequest request) {
        if (!(request.getAttribute(IdentityGuard.ATTRIBUTE) instanceof Identity identity)) {
            return "anonymous:" + request.getMethod().toLowerCase(java.util.Locale.ROOT);
        }
        return switch (identity.role()) {
            case MEMBER -> Provenance.member(identity.subject());
            case OPERATOR -> Provenance.operator(identity.subject());
            case SERVICE -> Provenance.isActor(request.getHeader(ACTING_FOR)) ? request.getHeader(ACTING_FOR)
                    : Provenance.system(identity.subject());
        };
    }

    private static String idOr(String candidate, String fallback) {
        return Provenance.isId(candidate) ? candidate : fallback;
    }
}
