package itc.renewal.points.ledger.web;

import itc.renewal.platform.identity.Identity;

/** Who acts on a ledger: a member, on their own (identity subject = member id = ledger id). */
final class Members {

    private Members() {
    }

    /** Only members reach the ledger's endpoints (platform-web's IdentityFilter refuses anyone else with 403). */
    static String memberOf(Identity identity) {
        return identity.subject();
    }
}
