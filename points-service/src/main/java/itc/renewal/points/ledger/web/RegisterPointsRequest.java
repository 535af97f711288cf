package itc.renewal.points.ledger.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Body of POST /api/points/entries: {@code points}, or {@code hours} for an hour-based category.
 * Only presence is checked here; ranges, lengths, points-or-hours and the catalogue are the
 * ledger's rules (P6), which answer with specific messages.
 */
record RegisterPointsRequest(
        @NotNull(message = "活動日を入力してください") LocalDate activityDate,
        @NotBlank(message = "カテゴリを選択してください") String category,
        @NotBlank(message = "タイトルを入力してください") String title,
        BigDecimal points,
        BigDecimal hours,
        String note) {
}
