package itc.renewal.renewal.integration.outbound;

import itc.renewal.renewal.procedure.api.CertificateHolder;
import itc.renewal.renewal.procedure.api.RenewalCompletedEvent;
import itc.renewal.renewal.qualification.domain.Holders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The certificate data (C4) to publish with a completion: the data the event captured. Completions
 * stored before events captured it (revision 1) fall back to the registry as a last resort; a holder
 * missing there is logged and published without data rather than stalling the relay on an event that
 * no retry can fix. (A failing database still propagates, so the processor retries it like a Kafka outage.)
 */
@Component
class CompletedCertificates {

    private static final Logger log = LoggerFactory.getLogger(CompletedCertificates.class);

    private final Holders holders;

    CompletedCertificates(Holders holders) {
        this.holders = holders;
    }

    Optional<CertificateHolder> of(RenewalCompletedEvent event) {
        if (event.certificate() != null) {
            return Optional.of(event.certificate());
        }
        Optional<CertificateHolder> current = holders.find(event.memberId()).map(CertificateHolder::of);
        if (current.isEmpty()) {
            log.warn("Renewal {} completed without certificate data and holder {} is not in the registry; "
                    + "publishing RenewalCompleted without it", event.renewalId(), event.memberId());
        }
        return current;
    }
}
