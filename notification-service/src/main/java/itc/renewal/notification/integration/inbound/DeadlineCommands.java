package itc.renewal.notification.integration.inbound;

import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import itc.renewal.contracts.renewal.v1.RenewalReminderDue;
import itc.renewal.notification.deadline.api.NotifyLapseCommand;
import itc.renewal.notification.deadline.api.RemindRenewalCommand;

/** RenewalReminderDue (C2) and RenewalLapsed (C3) → the commands of the deadline feature. Field mapping only. */
final class DeadlineCommands {

    private DeadlineCommands() {
    }

    static RemindRenewalCommand remind(RenewalReminderDue due) {
        return new RemindRenewalCommand(due.renewalId(), due.memberId(), due.fiscalYear(), due.missingSteps(),
                due.windowClosesAt(), due.holderName(), due.email());
    }

    /** {@code applied} arrived in v1.1; before it only applied renewals lapsed, so its absence means applied. */
    static NotifyLapseCommand notifyLapse(RenewalLapsed lapsed) {
        return new NotifyLapseCommand(lapsed.renewalId(), lapsed.memberId(), lapsed.fiscalYear(), lapsed.expiredOn(),
                !Boolean.FALSE.equals(lapsed.applied()), lapsed.holderName(), lapsed.email());
    }
}
