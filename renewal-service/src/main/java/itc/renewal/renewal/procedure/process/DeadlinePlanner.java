package itc.renewal.renewal.procedure.process;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.procedure.domain.DeadlineKind;
import itc.renewal.renewal.procedure.domain.RenewalSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a renewal's deadlines fall due: reminders the configured offsets before the window of its FY
 * closes (C2, {@code renewal.reminders}, default 14 and 3 days) and the lapse at the close itself (C3).
 * The window is read from the settings in force when the renewal is applied (Q5) and again when a
 * deadline falls due, so an operator's extension of the window (e.g. to 30 June) moves it later.
 */
public final class DeadlinePlanner {

    static final String WINDOW_END = "window-end";

    private final RenewalSettings settings;
    private final List<Duration> reminderOffsets;

    public DeadlinePlanner(RenewalSettings settings, List<Duration> reminderOffsets) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.reminderOffsets = List.copyOf(reminderOffsets);
        if (this.reminderOffsets.stream().anyMatch(offset -> offset.isNegative() || offset.isZero())) {
            throw new IllegalArgumentException("renewal.reminders must be positive durations: " + reminderOffsets);
        }
    }

    /** Reminders already past when the holder applies are left out: the member just saw what is missing. */
    List<PlannedDeadline> planFor(int fiscalYear, Instant appliedAt) {
        Instant closesAt = settings.windowClosesAt(FiscalYear.of(fiscalYear));
        List<PlannedDeadline> plan = new ArrayList<>();
        for (Duration offset : reminderOffsets) {
            Instant dueAt = closesAt.minus(offset);
            if (dueAt.isAfter(appliedAt)) {
                plan.add(new PlannedDeadline(DeadlineKind.REMINDER, dueAt, label(offset)));
            }
        }
        plan.add(new PlannedDeadline(DeadlineKind.LAPSE, closesAt, WINDOW_END));
        return List.copyOf(plan);
    }

    /**
     * When the deadline {@code label} of {@code kind} is due under the window in force now; empty for a
     * label no longer configured, which then fires as scheduled.
     */
    public Optional<Instant> dueAtNow(int fiscalYear, DeadlineKind kind, String label) {
        Instant closesAt = settings.windowClosesAt(FiscalYear.of(fiscalYear));
        if (kind == DeadlineKind.LAPSE) {
            return Optional.of(closesAt);
        }
        return reminderOffsets.stream().filter(offset -> label(offset).equals(label)).findFirst()
                .map(closesAt::minus);
    }

    /** e.g. "14-days"; an offset of part days reads in hours, e.g. "36-hours". */
    static String label(Duration offset) {
        if (offset.toHours() % 24 == 0) {
            return offset.toDays() + "-days";
        }
        return offset.toHours() + "-hours";
    }

    record PlannedDeadline(DeadlineKind kind, Instant dueAt, String label) {
    }
}
