package itc.renewal.renewal.qualification.domain;

import itc.renewal.renewal.qualification.api.NextRenewalView;

import java.util.Optional;

/** Finds a holder's next renewal (shown with "my qualification"); the renewal feature answers it. */
public interface NextRenewals {

    /** Empty for a holder whose qualification has lapsed (Q6): there is nothing left to renew. */
    Optional<NextRenewalView> of(Holder holder);
}
