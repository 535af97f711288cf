package itc.renewal.renewal.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Settings under {@code renewal.*}.
 *
 * @param fee            standard renewal fee in JPY including consumption tax (Q4)
 * @param requiredPoints counted points of FY−1 needed to renew (Q3)
 * @param termsVersion   version of the terms members agree to (A2)
 * @param termsText      the terms shown on the detail screen
 * @param fiscalYears    configured per-FY defaults: a moved window end or start (Q5), another fee (Q4); settings
 *                       an operator stored for a FY (/api/operator/renewal-settings) take precedence
 * @param demoData       seed the demo holders of the member journey
 * @param reminders      how long before the window closes an incomplete renewal gets a reminder (C2)
 */
@Validated
@ConfigurationProperties("renewal")
record RenewalProperties(
        @NotNull @PositiveOrZero @DefaultValue("22000") BigDecimal fee,
        @NotNull @PositiveOrZero @DefaultValue("10") BigDecimal requiredPoints,
        @NotBlank String termsVersion,
        @NotBlank String termsText,
        Map<Integer, @Valid FiscalYearSettings> fiscalYears,
        boolean demoData,
        @NotNull @DefaultValue("P14D,P3D") List<Duration> reminders) {

    RenewalProperties {
        fiscalYears = fiscalYears == null ? Map.of() : Map.copyOf(fiscalYears);
    }

    /** Any field left out keeps the standard value. */
    record FiscalYearSettings(OffsetDateTime opensAt, OffsetDateTime closesAt, @PositiveOrZero BigDecimal fee) {
    }
}
