package itc.renewal.renewal.procedure.deadline;

import itc.renewal.renewal.procedure.api.LapseRenewalCommand;
import itc.renewal.renewal.procedure.api.SendRenewalReminderCommand;
import itc.renewal.renewal.procedure.domain.DeadlineKind;
import itc.renewal.renewal.procedure.domain.RenewalId;

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
