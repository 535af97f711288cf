package itc.renewal.renewal.settings.api;

import itc.renewal.renewal.procedure.domain.FiscalYearSettings;

import java.time.Instant;
import java.util.Objects;

/**
 * The settings in force for a fiscal year and where they come from: stored by an operator (with who
 * changed them last and when) or the configured default ({@code updatedAt}, {@code updatedBy} null).
 */
public record EffectiveRenewalSettings(FiscalYearSettings settings, Source source, Instant updatedAt,
                                       String updatedBy) {

    public enum Source { STORED, DEFAULT }

    public EffectiveRenewalSettings {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(source, "source");
    }

    public static EffectiveRenewalSettings byDefault(FiscalYearSettings settings) {
        return new EffectiveRenewalSettings(settings, Source.DEFAULT, null, null);
    }
}
