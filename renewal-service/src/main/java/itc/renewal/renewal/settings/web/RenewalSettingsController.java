package itc.renewal.renewal.settings.web;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.ProblemCodes;
import itc.renewal.renewal.procedure.domain.FiscalYearSettings;
import itc.renewal.renewal.settings.domain.RenewalSettingsAdministration;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators maintain the window, fee and terms of a fiscal year (Q4, Q5, A2) without a deploy; only
 * operators get here (platform-web's OperatorOnly on /api/operator/**). A change applies to applications from then on; renewals
 * already applied keep the fee and terms version they recorded.
 */
@RestController
@ProblemCodes({"400 request.fiscal-year-invalid", "403 operator.role-required"})
class RenewalSettingsController {

    private static final Logger log = LoggerFactory.getLogger(RenewalSettingsController.class);

    private final RenewalSettingsAdministration settings;

    RenewalSettingsController(RenewalSettingsAdministration settings) {
        this.settings = settings;
    }

    @GetMapping("/api/operator/renewal-settings/{fiscalYear}")
    RenewalSettingsResponse find(@PathVariable FiscalYear fiscalYear) {
        return RenewalSettingsResponse.of(settings.find(fiscalYear));
    }

    @PutMapping("/api/operator/renewal-settings/{fiscalYear}")
    @ProblemCodes({"400 renewal-settings.fee-invalid", "400 renewal-settings.terms-text-invalid",
            "400 renewal-settings.terms-version-invalid", "400 renewal-settings.window-invalid",
            "400 renewal-settings.window-outside-fiscal-year"})
    RenewalSettingsResponse change(@PathVariable FiscalYear fiscalYear, @Valid @RequestBody RenewalSettingsRequest request,
                                   Identity identity) {
        FiscalYearSettings changed = FiscalYearSettings.of(fiscalYear, request.opensAt(),
                request.closesAt(), request.feeAmount(), request.termsVersion(), request.termsText());
        RenewalSettingsResponse stored = RenewalSettingsResponse.of(settings.change(changed, identity.subject()));
        log.info("Renewal settings of FY{} changed by {}: window {}, fee {}, terms {}", fiscalYear.year(),
                identity.subject(), stored.window(), stored.feeAmount(), stored.termsVersion());
        return stored;
    }

}
