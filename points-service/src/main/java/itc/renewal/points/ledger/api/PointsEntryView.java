package itc.renewal.points.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;

public record PointsEntryView(String entryId, LocalDate activityDate, String category, String title,
                              BigDecimal points) {
}
