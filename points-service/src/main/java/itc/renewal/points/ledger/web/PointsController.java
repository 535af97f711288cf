package itc.renewal.points.ledger.web;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.identity.Identity;
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
    PointsRegistration register(Identity identity, @Valid @RequestBody RegisterPointsRequest request) {
        String memberId = Members.memberOf(identity);
        return commands.sendAndWait(new RegisterPointsCommand(memberId, UUID.randomUUID().toString(),
                request.activityDate(), request.category(), request.title(), request.points(), request.hours(),
                request.note()));
    }

    /** Without {@code fiscalYear}: the year whose points count for this year's renewal (Q3). */
    @GetMapping
    FiscalYearPointsView fiscalYear(Identity identity, @RequestParam(required = false) FiscalYear fiscalYear) {
        String memberId = Members.memberOf(identity);
        FiscalYear year = fiscalYear == null ? clock.fiscalYear().previous() : fiscalYear;
        return queries.query(new FindFiscalYearPointsQuery(memberId, year.year()), FiscalYearPointsView.class).join();
    }
}
