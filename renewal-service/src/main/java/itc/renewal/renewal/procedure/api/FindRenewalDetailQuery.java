package itc.renewal.renewal.procedure.api;

import java.util.Objects;

public record FindRenewalDetailQuery(String memberId, int fiscalYear) {

    public FindRenewalDetailQuery {
        Objects.requireNonNull(memberId, "memberId");
    }
}
