package itc.renewal.renewal.settings.web;

import itc.renewal.renewal.procedure.domain.FiscalYearSettings;
import itc.renewal.renewal.procedure.domain.RenewalFee;
import itc.renewal.renewal.settings.api.EffectiveRenewalSettings;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;

/** The settings in force; {@code source} DEFAULT means nothing is stored for the FY (configured values). */
record RenewalSettingsResponse(int fiscalYear, EffectiveRenewalSettings.Source source, OffsetDateTime opensAt,
                               OffsetDateTime closesAt, String window, BigDecimal feeAmount, String currency,
                               String termsVersion, String termsText, Instant updatedAt, String updatedBy) {

    static RenewalSettingsResponse of(EffectiveRenewalSettings effective) {
        FiscalYearSettings settings = effective.settings();
        return new RenewalSettingsResponse(settings.fiscalYear().year(), effective.source(),
                settings.window().opensAt().toOffsetDateTime(), settings.window().closesAt().toOffsetDateTime(),
                settings.window().describe(), settings.fee(), RenewalFee.CURRENCY, settings.terms().version(),
                settings.terms().text(), effective.updatedAt(), effective.updatedBy());
    }
}
