package itc.renewal.platform.identity;

import itc.renewal.platform.problem.ProblemResponses;
import itc.renewal.platform.web.protection.RequestPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

/**
 * A service's guard: {@code /api/**} only with an identity signed by the gateway — a member's on the members' API,
 * a member's or an operator's on {@code /api/operator/**} (where {@link OperatorOnly} then lets operators only) —
 * and {@code /internal/**} only with another service's signed identity, each signature made for this very request
 * to this service. 401 without a valid signature, 403 with a valid one of the wrong kind, both as problem details.
 * Uses the real system clock: signature freshness is not business time.
 */
public class IdentityFilter extends IdentityGuard {

    private final IdentitySigner signer;
    private final Clock clock;

    public IdentityFilter(IdentitySigner signer, Clock clock) {
        this.signer = signer;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return super.shouldNotFilter(request) && !isInternal(request);
    }

    @Override
    protected Optional<Identity> identify(HttpServletRequest request) {
        return signer.verify(request, clock.instant());
    }

    @Override
    protected boolean permits(HttpServletRequest request, Identity identity) {
        if (isInternal(request)) {
            return identity.isService();
        }
        return RequestPaths.of(request).startsWith("/api/operator/") ? !identity.isService()
                : identity.role() == Identity.Role.MEMBER;
    }

    @Override
    protected void refuse(HttpServletResponse response) throws IOException {
        ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "identity.missing",
                "ログインしてください（この要求のために署名された利用者情報がありません）。");
    }

    @Override
    protected void forbid(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (isInternal(request)) {
            ProblemResponses.write(response, HttpStatus.FORBIDDEN, "identity.service-only",
                    "内部APIはサービス間の呼び出し専用です。");
        } else {
            ProblemResponses.write(response, HttpStatus.FORBIDDEN, "identity.member-only",
                    "会員ご本人のみが利用できます。運用担当者は運用者向けの機能をご利用ください。");
        }
    }

    private static boolean isInternal(HttpServletRequest request) {
        return RequestPaths.of(request).startsWith("/internal/");
    }
}
