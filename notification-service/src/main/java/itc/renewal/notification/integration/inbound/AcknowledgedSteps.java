package itc.renewal.notification.integration.inbound;

import itc.renewal.contracts.payment.v1.FeePaid;
import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.contracts.report.v1.ReportSubmitted;
import itc.renewal.notification.acknowledgement.api.Acknowledgement.Kind;
import itc.renewal.notification.acknowledgement.api.Acknowledgement;

/** The other services' facts → the steps notification-service acknowledges by e-mail (C4). Field mapping only. */
final class AcknowledgedSteps {

    private AcknowledgedSteps() {
    }

    static Acknowledgement applied(RenewalApplied applied) {
        return new Acknowledgement(Kind.APPLICATION_RECEIVED, applied.memberId(), applied.renewalId(),
                applied.fiscalYear(), applied.occurredAt(), applied.feeAmount(), applied.feeWaived(), null,
                applied.windowClosesAt());
    }

    static Acknowledgement paid(FeePaid paid) {
        return new Acknowledgement(Kind.PAYMENT_RECEIVED, paid.memberId(), paid.renewalId(), paid.fiscalYear(),
                paid.occurredAt(), paid.amount(), false, paid.method(), null);
    }

    static Acknowledgement reported(ReportSubmitted submitted) {
        return new Acknowledgement(Kind.REPORT_RECEIVED, submitted.memberId(), submitted.renewalId(),
                submitted.fiscalYear(), submitted.occurredAt(), null, false, null, null);
    }
}
