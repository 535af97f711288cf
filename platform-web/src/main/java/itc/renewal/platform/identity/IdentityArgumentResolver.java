package itc.renewal.platform.identity;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves an {@link Identity} controller parameter from the identity the filter verified. */
class IdentityArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Identity.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        Object identity = request.getAttribute(IdentityGuard.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (identity == null) {
            throw new IllegalStateException("no verified identity: is the endpoint under /api/?");
        }
        return identity;
    }
}
