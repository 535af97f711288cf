package itc.renewal.notification.audit.web;

import itc.renewal.notification.audit.query.MemberFacts;
import itc.renewal.platform.clock.BusinessClock;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** This service's part of a member's audit trail, for the gateway ({@code /internal}: services only). */
@RestController
class InternalAuditController {

    private final MemberFacts facts;
    private final BusinessClock clock;

    InternalAuditController(MemberFacts facts, BusinessClock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    @GetMapping("/internal/audit/{memberId}")
    List<Map<String, Object>> trail(@PathVariable String memberId,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                    Instant asOf) {
        return facts.of(memberId, asOf == null ? clock.instant() : asOf);
    }
}
