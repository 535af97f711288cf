package itc.renewal.renewal.procedure.domain;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.renewal.qualification.domain.CertifiedIn;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Rules Q4, Q5, A2 for one fiscal year: the window, the fee (JPY incl. tax) and the terms in force.
 * Operators maintain them per FY; the window must lie inside the FY (D1). A renewal records the fee
 * and terms version at application, so a later change never touches an applied renewal.
 */
public record FiscalYearSettings(RenewalWindow window, BigDecimal fee, Terms terms) {

    public static final BigDecimal MAX_FEE = new BigDecimal("1000000");
    public static final int MAX_TERMS_VERSION = 20;
    public static final int MAX_TERMS_TEXT = 20_000;

    public FiscalYearSettings {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(terms, "terms");
        requireInsideFiscalYear(window);
        fee = validFee(fee);
        requireValidTerms(terms);
    }

    /** From operator input: refuses a window that closes before it opens with a clear message. */
    public static FiscalYearSettings of(FiscalYear year, OffsetDateTime opensAt, OffsetDateTime closesAt,
                                        BigDecimal fee, String termsVersion, String termsText) {
        if (!closesAt.isAfter(opensAt)) {
            throw Rejection.badInput("renewal-settings.window-invalid",
                    "受付終了日時（closesAt）は受付開始日時（opensAt）より後の日時を指定してください。");
        }
        return new FiscalYearSettings(new RenewalWindow(year, opensAt.toZonedDateTime(), closesAt.toZonedDateTime()),
                fee, new Terms(termsVersion, termsText));
    }

    public FiscalYear fiscalYear() {
        return window.fiscalYear();
    }

    public RenewalFee feeFor(CertifiedIn certifiedIn) {
        return RenewalFee.forRenewal(fiscalYear(), certifiedIn, fee);
    }

    private static void requireInsideFiscalYear(RenewalWindow window) {
        FiscalYear year = window.fiscalYear();
        if (window.opensAt().isBefore(year.start()) || window.closesAt().isAfter(year.end())) {
            throw Rejection.badInput("renewal-settings.window-outside-fiscal-year", "受付期間は" + year
                    + "の中（" + year.firstDay().getYear() + "年4月1日 0:00 ～ " + year.lastDay().getYear()
                    + "年3月31日 24:00（日本時間））で指定してください。");
        }
    }

    private static BigDecimal validFee(BigDecimal fee) {
        if (fee.signum() < 0 || fee.compareTo(MAX_FEE) > 0 || fee.stripTrailingZeros().scale() > 0) {
            throw Rejection.badInput("renewal-settings.fee-invalid",
                    "更新料は0円以上1,000,000円以下の整数（円単位・税込）で指定してください。");
        }
        return fee.setScale(0);
    }

    private static void requireValidTerms(Terms terms) {
        if (terms.version().isBlank() || terms.version().length() > MAX_TERMS_VERSION) {
            throw Rejection.badInput("renewal-settings.terms-version-invalid",
                    "規約の版（termsVersion）は1～" + MAX_TERMS_VERSION + "文字で指定してください。");
        }
        if (terms.text().isBlank() || terms.text().length() > MAX_TERMS_TEXT) {
            throw Rejection.badInput("renewal-settings.terms-text-invalid",
                    "規約の本文（termsText）は1～" + MAX_TERMS_TEXT + "文字で指定してください。");
        }
    }
}
