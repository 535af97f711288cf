package itc.renewal.points.imports.command;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Entry ids of imported rows, derived from the row (name-based UUID): importing the same row again
 * gives the same id, which the ledger skips, so re-importing a file changes nothing. Identical rows
 * within one file are distinct activities, told apart by their occurrence in the file.
 */
final class EntryIds {

    private static final String NAMESPACE = "itc.points.import|";

    private final Map<String, Integer> occurrences = new HashMap<>();

    String next(String memberId, LocalDate activityDate, String category, String title, BigDecimal hours,
                BigDecimal points) {
        String key = String.join("|", memberId, activityDate.toString(), category, title, plain(hours), plain(points));
        int occurrence = occurrences.merge(key, 1, Integer::sum);
        return UUID.nameUUIDFromBytes((NAMESPACE + key + "|" + occurrence).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** 2, 2.0 and 2.00 are the same amount, so they give the same id. */
    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }
}
