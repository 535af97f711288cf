package itc.renewal.renewal.qualification.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.ProblemCodes;
import itc.renewal.renewal.qualification.api.FindHolderQuery;
import itc.renewal.renewal.qualification.api.HolderView;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.concurrent.CompletionException;

@RestController
class QualificationController {

    private final QueryGateway queries;

    QualificationController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/qualifications/me")
    @ProblemCodes({"404 qualification.not-found"})
    HolderView me(Identity identity) {
        try {
            return queries.query(new FindHolderQuery(identity.subject()), HolderView.class).join();
        } catch (CompletionException e) {
            // The query bus completes the future with the handler's exception (e.g. a Rejection).
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
