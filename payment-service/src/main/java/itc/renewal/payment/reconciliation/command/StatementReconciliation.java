package itc.renewal.payment.reconciliation.command;

import itc.renewal.payment.config.PaymentProperties;
import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.ReceivedPayment;
import itc.renewal.payment.order.command.ReceivedPayments;
import itc.renewal.payment.order.domain.TransferReference;
import itc.renewal.payment.reconciliation.api.LineOutcome;
import itc.renewal.payment.reconciliation.api.ReconciledLine;
import itc.renewal.payment.reconciliation.api.RecordStatementImportCommand;
import itc.renewal.payment.reconciliation.api.StatementImportResult;
import itc.renewal.payment.reconciliation.domain.StatementLine;
import itc.renewal.payment.reconciliation.domain.ZenginTransferNotice;
import itc.renewal.platform.clock.BusinessClock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Reconciles a bank's transfer notification with the orders (rule F3). Each credit whose payer name starts with a
 * valid transfer reference goes to that order, which decides: the exact fee pays it, anything else is recorded and
 * listed. Credits without a reference, cancellations and unknown orders change nothing and are listed. Each credit
 * is recorded once by its line id, and the file as a whole once by its SHA-256, so importing a file again, or one
 * that overlaps it, changes nothing. An invalid file is refused whole before anything is recorded.
 */
@Service
public class StatementReconciliation {

    private static final int CENTURY = 2000;

    private final ZenginTransferNotice notices;
    private final ReceivedPayments payments;
    private final CommandGateway commands;
    private final BusinessClock clock;

    StatementReconciliation(PaymentProperties association, ReceivedPayments payments, CommandGateway commands,
                            BusinessClock clock) {
        this.notices = new ZenginTransferNotice(association.account());
        this.payments = payments;
        this.commands = commands;
        this.clock = clock;
    }

    public StatementImportResult importFile(String operatorId, byte[] file) {
        List<StatementLine> credits = notices.read(file);
        Instant now = clock.instant();
        List<ReconciledLine> lines = new ArrayList<>();
        for (StatementLine credit : credits) {
            lines.add(reconcile(credit, now));
        }
        return commands.sendAndWait(new RecordStatementImportCommand(sha256(file), operatorId, now, lines));
    }

    private ReconciledLine reconcile(StatementLine credit, Instant now) {
        Optional<String> renewalId = TransferReference.leadingIn(credit.payerName())
                .map(reference -> reference.fiscalYear(CENTURY) + "-" + reference.memberId());
        LineOutcome outcome;
        if (credit.cancellation()) {
            outcome = LineOutcome.CANCELLATION;
        } else if (renewalId.isEmpty()) {
            outcome = LineOutcome.UNMATCHED;
        } else {
            outcome = payments.record(renewalId.get(), PaymentMethod.BANK_TRANSFER,
                            new ReceivedPayment(credit.lineId(), credit.amount(), credit.accountDate(),
                                    credit.payerName(), now), null)
                    .map(recorded -> LineOutcome.valueOf(recorded.name()))
                    .orElse(LineOutcome.UNMATCHED);
        }
        return new ReconciledLine(credit.lineId(), credit.record(), credit.accountDate(), credit.amount(),
                credit.payerName(), renewalId.orElse(null), outcome);
    }

    private static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
