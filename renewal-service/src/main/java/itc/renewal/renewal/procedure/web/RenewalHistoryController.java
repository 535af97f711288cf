package itc.renewal.renewal.procedure.web;

import itc.renewal.platform.audit.AuditTrailStore;
import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.renewal.procedure.query.RenewalStateAsOf;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** A member's renewals as they stood at an instant, for the gateway's audit trail ({@code /internal}: services only). */
@RestController
class RenewalHistoryController {

    private final AuditTrailStore trail;
    private final BusinessClock clock;

    RenewalHistoryController(AuditTrailStore trail, BusinessClock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @GetMapping("/internal/audit/{memberId}/renewals")
    List<RenewalStateAsOf.RenewalState> asOf(@PathVariable String memberId,
                                             @RequestParam(required = false)
                                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        return RenewalStateAsOf.fold(trail.of(memberId, asOf == null ? clock.instant() : asOf));
    }
}
