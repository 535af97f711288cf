package itc.renewal.gateway.account.domain;

import java.time.Duration;

/** What a single-use e-mail link is for, and how long it stays valid. */
public enum TokenPurpose {

    /** The first password of an account opened from the registry: a week, the time a member may take to look. */
    ACTIVATION(Duration.ofDays(7)),
    /** A forgotten password: one hour, as the member asked for it just now. */
    RESET(Duration.ofHours(1));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
