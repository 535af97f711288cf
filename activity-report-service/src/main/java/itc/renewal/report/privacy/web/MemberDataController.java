package itc.renewal.report.privacy.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.ProblemCodes;
import itc.renewal.report.privacy.domain.MemberKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Crypto-shredding on a member's request to erase their personal data (rule R4): the member's data keys are deleted,
 * so the answers become unreadable in the event store and in every projection at once, while every event still
 * replays and every projection still rebuilds (the answers then read as erased). Irreversible. Operators only.
 */
@RestController
@RequestMapping("/api/operator/activity-reports/members/{memberId}/answers")
@ProblemCodes({"403 operator.role-required"})
class MemberDataController {

    private static final Logger log = LoggerFactory.getLogger(MemberDataController.class);

    private final MemberKeys keys;

    MemberDataController(MemberKeys keys) {
        this.keys = keys;
    }

    @DeleteMapping
    Map<String, Object> erase(Identity identity, @PathVariable String memberId) {
        int erased = keys.erase(memberId);
        log.warn("operator {} erased the report answers of {} ({} data key(s) deleted)", identity.subject(), memberId,
                erased);
        return Map.of("memberId", memberId, "keysErased", erased);
    }
}
