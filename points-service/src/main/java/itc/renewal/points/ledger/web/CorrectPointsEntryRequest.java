package itc.renewal.points.ledger.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Body of PUT /api/points/entries/{entryId}: the entry's whole new state, as at registration, and an
 * optional reason. As for registration, only presence is checked here; the ledger's rules (P6) answer the rest.
 */
record CorrectPointsEntryRequest(
        @NotNull(message = "活動日を入力してください") LocalDate activityDate,
        @NotBlank(message = "カテゴリを選択してください") String category,
        @NotBlank(message = "タイトルを入力してください") String title,
        BigDecimal points,
        BigDecimal hours,
        String note,
        String reason) {
}
