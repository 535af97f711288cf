package itc.renewal.notification.integration.inbound;

import itc.renewal.contracts.renewal.v1.RenewalCompleted;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import itc.renewal.contracts.renewal.v1.RenewalReminderDue;
import itc.renewal.notification.certificate.api.CompletedRenewal;
import itc.renewal.notification.contact.api.Contact;
import itc.renewal.notification.deadline.api.LapsedRenewal;
import itc.renewal.notification.deadline.api.ReminderDue;

import java.time.YearMonth;

/**
 * renewal-service's events and the holder's contact → what notification-service's features take (C4, C2, C3).
 * Field mapping only.
 */
final class RenewalEvents {

    private RenewalEvents() {
    }

    static CompletedRenewal completed(RenewalCompleted completed, Contact to) {
        return new CompletedRenewal(completed.renewalId(), completed.memberId(), completed.fiscalYear(),
                completed.newExpiry(), to.name(), to.nameKana(), to.email(), completed.certificationNumber(),
                YearMonth.parse(completed.certifiedIn()));
    }

    static ReminderDue reminder(RenewalReminderDue due, Contact to) {
        return new ReminderDue(due.renewalId(), due.memberId(), due.fiscalYear(), due.missingSteps(),
                due.windowClosesAt(), to.name(), to.email());
    }

    /** {@code applied} arrived in v1.1; before it only applied renewals lapsed, so its absence means applied. */
    static LapsedRenewal lapsed(RenewalLapsed lapsed, Contact to) {
        return new LapsedRenewal(lapsed.renewalId(), lapsed.memberId(), lapsed.fiscalYear(), lapsed.expiredOn(),
                !Boolean.FALSE.equals(lapsed.applied()), to.name(), to.email());
    }
}
