package itc.renewal.renewal.config;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.procedure.domain.PointsRequirement;
import itc.renewal.renewal.procedure.domain.RenewalPolicy;
import itc.renewal.renewal.procedure.domain.RenewalSettings;
import itc.renewal.renewal.procedure.domain.RenewalWindow;
import itc.renewal.renewal.procedure.domain.Terms;
import itc.renewal.renewal.qualification.domain.RenewalWindowEnds;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RenewalProperties.class)
class RenewalConfiguration {

    @Bean
    RenewalPolicy renewalPolicy(RenewalProperties properties) {
        Map<FiscalYear, RenewalWindow> windows = new HashMap<>();
        Map<FiscalYear, BigDecimal> fees = new HashMap<>();
        properties.fiscalYears().forEach((year, settings) -> {
            FiscalYear fiscalYear = FiscalYear.of(year);
            RenewalWindow standard = RenewalWindow.standard(fiscalYear);
            windows.put(fiscalYear, new RenewalWindow(fiscalYear,
                    settings.opensAt() == null ? standard.opensAt() : settings.opensAt().toZonedDateTime(),
                    settings.closesAt() == null ? standard.closesAt() : settings.closesAt().toZonedDateTime()));
            if (settings.fee() != null) {
                fees.put(fiscalYear, settings.fee());
            }
        });
        RenewalPolicy policy = new RenewalPolicy(properties.fee(),
                new Terms(properties.termsVersion(), properties.termsText()),
                new PointsRequirement(properties.requiredPoints()), windows, fees);
        // Fail at start-up, not at a member's request, when a configured default breaks a rule (Q4, Q5, D1).
        properties.fiscalYears().keySet().forEach(year -> policy.defaultsFor(FiscalYear.of(year)));
        return policy;
    }

    @Bean
    PointsRequirement pointsRequirement(RenewalPolicy policy) {
        return policy.points();
    }

    @Bean
    RenewalWindowEnds renewalWindowEnds(RenewalSettings settings) {
        return settings::windowClosesAt;
    }
}
