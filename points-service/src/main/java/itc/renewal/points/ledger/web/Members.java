package itc.renewal.points.ledger.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.Rejection;

/** Who acts on a ledger: a member, on their own (identity subject = member id = ledger id). */
final class Members {

    private Members() {
    }

    static String memberOf(Identity identity) {
        if (identity.isOperator()) {
            throw Rejection.forbidden("points.members-only", "実践力ポイントは会員本人のみが登録・確認できます。");
        }
        return identity.subject();
    }
}
