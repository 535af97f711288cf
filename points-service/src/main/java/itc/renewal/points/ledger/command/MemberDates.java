package itc.renewal.points.ledger.command;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.points.certification.Certifications;

/** A member's {@link CountableDates} now: today's business date and the 認定年月 the registry announced. */
record MemberDates(BusinessClock clock, Certifications certifications) {

    CountableDates of(String memberId) {
        return new CountableDates(clock.today(), certifications.certifiedIn(memberId).orElse(null));
    }
}
