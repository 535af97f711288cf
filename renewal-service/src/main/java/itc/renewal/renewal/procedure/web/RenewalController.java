package itc.renewal.renewal.procedure.web;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.ProblemCodes;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.renewal.procedure.api.ApplyForRenewalCommand;
import itc.renewal.renewal.procedure.api.FindRenewalDetailQuery;
import itc.renewal.renewal.procedure.api.RenewalApplicationAccepted;
import itc.renewal.renewal.procedure.api.RenewalDetailView;
import itc.renewal.renewal.procedure.domain.RenewalId;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.concurrent.CompletionException;

/** Rules A1/A2 over HTTP; a member acts on their own renewal only (identity = member id). */
@RestController
@ProblemCodes({"400 request.fiscal-year-invalid", "404 qualification.not-found"})
class RenewalController {

    private static final Logger log = LoggerFactory.getLogger(RenewalController.class);

    private final CommandGateway commands;
    private final QueryGateway queries;

    RenewalController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping("/api/renewals/{fiscalYear}")
    RenewalDetailView detail(@PathVariable("fiscalYear") FiscalYear year, Identity identity) {
        try {
            return queries.query(new FindRenewalDetailQuery(identity.subject(), year.year()), RenewalDetailView.class)
                    .join();
        } catch (CompletionException e) {
            // The query bus completes the future with the handler's exception (e.g. a Rejection).
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @PostMapping("/api/renewals/{fiscalYear}")
    @ProblemCodes({"409 renewal.already-applied", "409 renewal.not-yet-renewable", "409 renewal.qualification-lapsed",
            "409 renewal.terms-outdated", "409 renewal.window-closed", "422 renewal.points-insufficient",
            "503 renewal.points-unavailable"})
    ResponseEntity<ApplicationResponse> apply(@PathVariable("fiscalYear") FiscalYear year, @Valid @RequestBody ApplyRequest request,
                                              Identity identity) {
        RenewalApplicationAccepted accepted;
        try {
            accepted = commands.sendAndWait(
                    new ApplyForRenewalCommand(identity.subject(), year.year(), request.termsVersion()));
        } catch (AggregateStreamCreationException e) {
            // Two simultaneous submits both passed the "already applied" check; the event store kept the
            // first stream (unique aggregate id + sequence). Not a ConcurrencyException, so the platform's
            // generic 409 does not cover it.
            RenewalId id = new RenewalId(year, identity.subject());
            log.info("Renewal {}: a simultaneous application was refused by the event store", id);
            throw id.alreadyApplied();
        }
        return ResponseEntity.created(URI.create("/api/renewals/" + year.year())).body(ApplicationResponse.of(accepted));
    }

}
