package itc.renewal.points.ledger.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.ProblemCodes;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.points.ledger.api.CorrectPointsEntryCommand;
import itc.renewal.points.ledger.api.EntryCorrection;
import itc.renewal.points.ledger.api.EntryWithdrawal;
import itc.renewal.points.ledger.api.FindPointsEntryHistoryQuery;
import itc.renewal.points.ledger.api.PointsEntryHistoryView;
import itc.renewal.points.ledger.api.WithdrawPointsEntryCommand;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member corrects and withdraws their own entries and reads an entry's history (P3); the ledger refuses
 * what is not theirs, withdrawn, registered by the association, or of a locked fiscal year (P4).
 */
@RestController
@RequestMapping("/api/points/entries/{entryId}")
@ProblemCodes({"403 points.entry-of-another-member", "404 points.entry-not-found"})
class PointsEntryController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    PointsEntryController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** Answers 200 without recording anything when the entry already is as requested (PUT is idempotent). */
    @PutMapping
    @ProblemCodes({"400 points.activity-date-in-future", "400 points.activity-date-too-old",
            "400 points.activity-date-before-certification",
            "400 points.category-unknown", "400 points.hours-invalid", "400 points.hours-missing",
            "400 points.hours-not-accepted", "400 points.hours-too-few", "400 points.note-too-long",
            "400 points.points-and-hours", "400 points.points-missing", "400 points.points-not-accepted",
            "400 points.points-not-half-step", "400 points.points-not-positive", "400 points.points-too-large",
            "400 points.reason-too-long", "400 points.title-missing", "400 points.title-too-long",
            "403 points.category-association-only", "403 points.entry-registered-by-association",
            "409 points.entry-withdrawn", "409 points.fiscal-year-locked"})
    EntryCorrection correct(Identity identity, @PathVariable String entryId,
                            @Valid @RequestBody CorrectPointsEntryRequest request) {
        return commands.sendAndWait(new CorrectPointsEntryCommand(Members.memberOf(identity), entryId,
                request.activityDate(), request.category(), request.title(), request.points(), request.hours(),
                request.note(), request.reason()));
    }

    @PostMapping("/withdrawal")
    @ProblemCodes({"400 points.reason-too-long", "403 points.entry-registered-by-association",
            "409 points.entry-withdrawn", "409 points.fiscal-year-locked"})
    EntryWithdrawal withdraw(Identity identity, @PathVariable String entryId,
                             @RequestBody(required = false) WithdrawPointsEntryRequest request) {
        return commands.sendAndWait(new WithdrawPointsEntryCommand(Members.memberOf(identity), entryId,
                request == null ? null : request.reason()));
    }

    @GetMapping("/history")
    PointsEntryHistoryView history(Identity identity, @PathVariable String entryId) {
        String memberId = Members.memberOf(identity);
        PointsEntryHistoryView history = queries.query(new FindPointsEntryHistoryQuery(entryId),
                PointsEntryHistoryView.class).join();
        if (history.memberId() == null) {
            throw Rejection.notFound("points.entry-not-found",
                    "指定された登録（" + entryId + "）はありません。ポイント一覧から選び直してください。");
        }
        if (!history.memberId().equals(memberId)) {
            throw Rejection.forbidden("points.entry-of-another-member", "他の会員の登録の履歴は表示できません。");
        }
        return history;
    }
}
