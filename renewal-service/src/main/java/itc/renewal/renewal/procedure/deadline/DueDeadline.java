package itc.renewal.renewal.deadline.command;

import itc.renewal.renewal.deadline.api.DeadlineKind;
import itc.renewal.renewal.renewal.api.LapseRenewalCommand;
import itc.renewal.renewal.renewal.api.RenewalId;
import itc.renewal.renewal.renewal.api.SendRenewalReminderCommand;

import java.time.Instant;

/** A claimed row of {@code renewal_deadline} and the command it fires. */
record DueDeadline(long id, String renewalId, DeadlineKind kind, Instant dueAt, String label) {

    int fiscalYear() {
        return RenewalId.fiscalYearOf(renewalId);
    }

    Object command() {
        return switch (kind) {
            case REMINDER -> new SendRenewalReminderCommand(renewalId, label, dueAt);
            case LAPSE -> new LapseRenewalCommand(renewalId, dueAt);
        };
    }
}
