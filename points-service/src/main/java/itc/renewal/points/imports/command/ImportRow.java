package itc.renewal.points.imports.command;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A checked row of an import file.
 *
 * @param entryId derived from the row's content and its occurrence in the file ({@link EntryIds})
 * @param points  {@code null} when hours are given
 * @param hours   {@code null} when points are given
 */
record ImportRow(int line, String entryId, String memberId, LocalDate activityDate, String category, String title,
                 BigDecimal points, BigDecimal hours) {
}
