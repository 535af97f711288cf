package itc.renewal.renewal.settings.domain;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.procedure.domain.FiscalYearSettings;
import itc.renewal.renewal.settings.api.EffectiveRenewalSettings;

/** Operators read and change the renewal settings of a fiscal year (Q4, Q5, A2); every change is audited. */
public interface RenewalSettingsAdministration {

    EffectiveRenewalSettings find(FiscalYear year);

    /**
     * Stores {@code settings} for their fiscal year and records the change (old → new) with the operator.
     * Renewals already applied keep the fee and terms version they recorded.
     */
    EffectiveRenewalSettings change(FiscalYearSettings settings, String operator);
}
