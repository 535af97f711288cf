package itc.renewal.points.certification;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * The month each holder was first certified (認定年月), as the registry announced it on the holders topic. A member
 * the registry has not announced (yet) has none: their dates are then checked against the calendar only (P6).
 */
public interface Certifications {

    Optional<YearMonth> certifiedIn(String memberId);

    /** Every known holder's month, for checking a whole import file with one query. */
    Map<String, YearMonth> all();

    /** Records (or replaces) a holder's month. */
    void record(String memberId, YearMonth certifiedIn);
}
