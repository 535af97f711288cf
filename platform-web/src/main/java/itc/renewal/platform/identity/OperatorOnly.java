package itc.renewal.platform.identity;

import itc.renewal.platform.problem.Rejection;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * {@code /api/operator/**} is for the association's operators, in every service. Checked before the body is read
 * or validated, so a member gets 403 (not a 400 about the body) and learns nothing about the endpoint.
 */
public class OperatorOnly implements HandlerInterceptor {

    public static final String PATHS = "/api/operator/**";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(request.getAttribute(IdentityGuard.ATTRIBUTE) instanceof Identity identity && identity.isOperator())) {
            throw Rejection.forbidden("operator.role-required",
                    "この操作は協会の運用担当者（オペレーター）のみ行えます。会員の方は会員ページをご利用ください。");
        }
        return true;
    }
}
