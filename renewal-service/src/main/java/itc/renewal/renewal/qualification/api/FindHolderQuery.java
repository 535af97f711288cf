package itc.renewal.renewal.qualification.api;

import java.util.Objects;

public record FindHolderQuery(String memberId) {

    public FindHolderQuery {
        Objects.requireNonNull(memberId, "memberId");
    }
}
