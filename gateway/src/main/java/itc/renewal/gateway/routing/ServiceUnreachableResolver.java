package itc.renewal.gateway.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;

/**
 * A service that is down or too slow gives the member a 502 problem detail they can act on, instead
 * of a 500 with a stack trace. Only the proxy's own failures are handled (functional handlers, not
 * the gateway's controllers), and {@code @ControllerAdvice} does not reach functional handlers.
 */
class ServiceUnreachableResolver implements HandlerExceptionResolver, Ordered {

    static final String DETAIL = "サービスに一時的に接続できません。しばらくしてから再度お試しください。"
            + " / The service is temporarily unavailable. Please try again later.";
    private static final Logger log = LoggerFactory.getLogger(ServiceUnreachableResolver.class);

    private final ObjectMapper json;

    ServiceUnreachableResolver(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception exception) {
        if (!(exception instanceof ResourceAccessException) || handler instanceof HandlerMethod || response.isCommitted()) {
            return null;
        }
        log.warn("{} {} failed: {}", request.getMethod(), request.getRequestURI(), exception.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, DETAIL);
        problem.setProperty("code", "gateway.service-unavailable");
        try {
            response.resetBuffer();
            response.setStatus(HttpStatus.BAD_GATEWAY.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        } catch (IOException clientGone) {
            log.debug("could not write the problem detail", clientGone);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
