package itc.renewal.platform.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rule D2: the one clock every business decision reads. It runs at real speed from an offset that
 * an operator (demo date) or a test can set and move forward; business dates are Japan time (D1).
 */
public class BusinessClock extends Clock {

    private final Clock system;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public BusinessClock(Clock system) {
        this.system = system;
    }

    public static BusinessClock system() {
        return new BusinessClock(Clock.systemUTC());
    }

    /** Makes the clock read {@code businessNow} now, and run on from there. */
    public void setNow(Instant businessNow) {
        offset.set(Duration.between(system.instant(), businessNow));
    }

    /** Makes the clock read {@code businessStart} at the real instant {@code realStart}, and run on from there. */
    public void startAt(Instant businessStart, Instant realStart) {
        offset.set(Duration.between(realStart, businessStart));
    }

    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the business clock never goes back");
        }
        offset.updateAndGet(current -> current.plus(by));
    }

    public ZonedDateTime nowInJapan() {
        return instant().atZone(FiscalYear.JAPAN);
    }

    public LocalDate today() {
        return nowInJapan().toLocalDate();
    }

    public FiscalYear fiscalYear() {
        return FiscalYear.containing(today());
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return FiscalYear.JAPAN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system, offset.get()).withZone(zone);
    }
}
