package itc.renewal.platform.audit;

import itc.renewal.platform.clock.BusinessClock;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * This service's part of a member's audit trail, for the gateway, which merges the parts of every service
 * ({@code /internal}: callers signing as a service only).
 */
@RestController
public class InternalAuditController {

    private final AuditTrailStore store;
    private final BusinessClock clock;

    public InternalAuditController(AuditTrailStore store, BusinessClock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** @param asOf only facts up to this instant (business time); now when absent */
    @GetMapping("/internal/audit/{memberId}")
    public List<AuditEntry> trail(@PathVariable String memberId,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                  Instant asOf) {
        return store.of(memberId, asOf == null ? clock.instant() : asOf);
    }
}
