package itc.renewal.renewal.integration.outbound;

import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.contracts.renewal.v1.RenewalCompleted;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import itc.renewal.contracts.renewal.v1.RenewalReminderDue;
import itc.renewal.renewal.procedure.api.CertificateHolder;
import itc.renewal.renewal.procedure.api.RenewalAppliedEvent;
import itc.renewal.renewal.procedure.api.RenewalCompletedEvent;
import itc.renewal.renewal.procedure.api.RenewalLapsedEvent;
import itc.renewal.renewal.procedure.api.RenewalReminderDueEvent;
import itc.renewal.renewal.procedure.api.RenewalStep;
import itc.renewal.renewal.procedure.domain.RenewalFee;

import java.util.Optional;
import java.util.UUID;

/** Internal renewal events → the v1 contracts of {@code itc.renewal.events}. Field mapping only. */
final class RenewalContractMapper {

    private static final CertificateHolder UNKNOWN = new CertificateHolder(null, null, null, null, null);

    private RenewalContractMapper() {
    }

    static RenewalApplied applied(UUID eventId, RenewalAppliedEvent event) {
        return new RenewalApplied(eventId, event.appliedAt(), event.memberId(), event.renewalId(),
                event.fiscalYear(), event.feeAmount(), RenewalFee.CURRENCY, event.feeWaived(), event.termsVersion(),
                event.windowClosesAt(), event.countedPoints(), event.ledgerSequence());
    }

    /** The certificate data (C4) as captured at completion, without the name (itc.holders has it); unknown fields stay null. */
    static RenewalCompleted completed(UUID eventId, RenewalCompletedEvent event,
                                      Optional<CertificateHolder> certificate) {
        CertificateHolder holder = certificate.orElse(UNKNOWN);
        return new RenewalCompleted(eventId, event.completedAt(), event.memberId(), event.renewalId(),
                event.fiscalYear(), event.newExpiry(), holder.certificationNumber(), holder.certifiedIn());
    }

    /** Missing steps by their enum names, e.g. FEE_PAYMENT; occurredAt is when the reminder fell due. */
    static RenewalReminderDue reminderDue(UUID eventId, RenewalReminderDueEvent event) {
        return new RenewalReminderDue(eventId, event.dueAt(), event.memberId(), event.renewalId(), event.fiscalYear(),
                event.missing().stream().map(RenewalStep::name).toList(), event.windowClosesAt());
    }

    /** {@code applied} is always set: an internal event stored without it (revision 1) was an applied renewal. */
    static RenewalLapsed lapsed(UUID eventId, RenewalLapsedEvent event) {
        return new RenewalLapsed(eventId, event.lapsedAt(), event.memberId(), event.renewalId(), event.fiscalYear(),
                event.expiredOn(), event.wasApplied());
    }
}
