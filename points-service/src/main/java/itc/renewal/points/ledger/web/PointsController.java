package itc.renewal.points.ledger.web;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.ProblemCodes;
import itc.renewal.points.ledger.api.FindFiscalYearPointsQuery;
import itc.renewal.points.ledger.api.FiscalYearPointsView;
import itc.renewal.points.ledger.api.PointsRegistration;
import itc.renewal.points.ledger.api.RegisterPointsCommand;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A member's own practice points: register an activity (P1) and list a fiscal year (P2, P3, P4). */
@RestController
@RequestMapping("/api/points")
class PointsController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final BusinessClock clock;

    PointsController(CommandGateway commands, QueryGateway queries, BusinessClock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping("/entries")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemCodes({"400 points.activity-date-in-future", "400 points.activity-date-too-old",
            "400 points.activity-date-before-certification",
            "400 points.category-unknown", "400 points.hours-invalid", "400 points.hours-missing",
            "400 points.hours-not-accepted", "400 points.hours-too-few", "400 points.note-too-long",
            "400 points.points-and-hours", "400 points.points-missing", "400 points.points-not-accepted",
            "400 points.points-not-half-step", "400 points.points-not-positive", "400 points.points-too-large",
            "400 points.title-missing", "400 points.title-too-long", "403 points.category-association-only",
            "409 points.fiscal-year-locked"})
    PointsRegistration register(Identity identity, @Valid @RequestBody RegisterPointsRequest request) {
        String memberId = Members.memberOf(identity);
        return commands.sendAndWait(new RegisterPointsCommand(memberId, UUID.randomUUID().toString(),
                request.activityDate(), request.category(), request.title(), request.points(), request.hours(),
                request.note()));
    }

    /** Without {@code fiscalYear}: the year whose points count for this year's renewal (Q3). */
    @GetMapping
    @ProblemCodes({"400 request.fiscal-year-invalid"})
    FiscalYearPointsView fiscalYear(Identity identity, @RequestParam(required = false) FiscalYear fiscalYear) {
        String memberId = Members.memberOf(identity);
        FiscalYear year = fiscalYear == null ? clock.fiscalYear().previous() : fiscalYear;
        return queries.query(new FindFiscalYearPointsQuery(memberId, year.year()), FiscalYearPointsView.class).join();
    }
}
