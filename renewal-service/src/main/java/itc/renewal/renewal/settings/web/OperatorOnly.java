package itc.renewal.renewal.settings.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentityFilter;
import itc.renewal.platform.problem.Rejection;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * /api/operator/** is for the association's operators. Checked before the body is read or validated,
 * so a member gets 403 (not a 400 about the body) and learns nothing about the endpoint.
 */
@Component
class OperatorOnly implements HandlerInterceptor, WebMvcConfigurer {

    static final String PATHS = "/api/operator/**";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(PATHS);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(request.getAttribute(IdentityFilter.ATTRIBUTE) instanceof Identity identity && identity.isOperator())) {
            throw Rejection.forbidden("operator.role-required",
                    "この操作は協会の運用担当者（オペレーター）のみ行えます。会員の方は会員ページをご利用ください。");
        }
        return true;
    }
}
