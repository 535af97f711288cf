package itc.renewal.renewal.procedure.api;

import java.util.Objects;

/** A holder applies for the renewal of one fiscal year, agreeing to a terms version (rules A1, A2). */
public record ApplyForRenewalCommand(String memberId, int fiscalYear, String termsVersion) {

    public ApplyForRenewalCommand {
        Objects.requireNonNull(memberId, "memberId");
    }
}
