package itc.renewal.renewal.settings.web;

import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * An operator's new settings for one fiscal year. {@code closesAt} is exclusive (31 May 24:00 is
 * "2027-06-01T00:00:00+09:00"); {@code feeAmount} is in JPY including consumption tax. The rules on the
 * values are those of {@link itc.renewal.renewal.procedure.domain.FiscalYearSettings}.
 */
record RenewalSettingsRequest(
        @NotNull(message = "受付開始日時を指定してください（例: 2027-04-01T00:00:00+09:00）") OffsetDateTime opensAt,
        @NotNull(message = "受付終了日時を指定してください（例: 2027-07-01T00:00:00+09:00 は6月30日24:00まで）")
        OffsetDateTime closesAt,
        @NotNull(message = "更新料（円・税込）を指定してください") BigDecimal feeAmount,
        @NotNull(message = "規約の版を指定してください") String termsVersion,
        @NotNull(message = "規約の本文を指定してください") String termsText) {
}
