package itc.renewal.gateway.auth;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.ProblemCodes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells the UI who is logged in, answered by the gateway itself (no service call). */
@RestController
class MeController {

    @GetMapping("/api/me")
    @ProblemCodes({})
    Me me(Identity identity) {
        return new Me(identity.subject(), identity.role());
    }

    record Me(String memberId, Identity.Role role) {
    }
}
