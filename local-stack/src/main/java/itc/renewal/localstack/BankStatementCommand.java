package itc.renewal.localstack;

import itc.renewal.embedded.bank.TransferNoticeFile;
import itc.renewal.embedded.stack.StackConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * {@code ./itc-renewal bank-statement <file> <reference>[:<yen>] ...}: the simulated bank writes a transfer
 * notification (振込入金通知, Zengin layout, docs/payments.md) for the local stack's account with one credit per
 * argument, the transfer reference before the payer name, 22,000 yen unless given, credited on the demo business
 * date — what an operator downloads from the bank and imports.
 */
public final class BankStatementCommand {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private BankStatementCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ./itc-renewal bank-statement <file> <transfer reference>[:<yen>] ...");
            System.exit(2);
        }
        Path root = Path.of(System.getProperty("itc.root", ".")).toAbsolutePath();
        OffsetDateTime businessNow = DemoClock.now(StackConfig.local(root, null).dataDirectory(), Clock.systemUTC());
        TransferNoticeFile file = TransferNoticeFile.forDemoAccount(businessNow.atZoneSameInstant(JAPAN)
                .toLocalDate());
        // the bank's inquiry numbers differ between runs, so two files of one day are two sets of credits
        int inquiry = LocalTime.now(JAPAN).toSecondOfDay() * 10;
        for (int i = 1; i < args.length; i++) {
            String[] credit = args[i].split(":", 2);
            long yen = credit.length > 1 ? Long.parseLong(credit[1]) : 22000;
            file.credit(inquiry + i, yen, credit[0] + " ﾃﾞﾓ ﾌﾘｺﾐ");
        }
        Path target = Path.of(args[0]);
        Files.write(target, file.bytes());
        System.out.println("wrote " + (args.length - 1) + " credit(s) to " + target.toAbsolutePath());
    }
}
