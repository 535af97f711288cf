package itc.renewal.embedded.bank;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a bank's transfer notification (振込入金通知) in the Zengin layout, as a bank's EB service delivers it:
 * Shift_JIS, 200-byte records (header 1, data 2…, trailer 8, end 9), CRLF between records or none. The simulated
 * bank of the local stack and of the tests; the layout is documented in docs/payments.md.
 */
public final class TransferNoticeFile {

    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    /** A credit: the bank's inquiry number, the amount, the payer name (half-width kana, reference first). */
    public record Credit(int inquiryNumber, long amount, String payerName, boolean cancellation) {

        public static Credit of(int inquiryNumber, long amount, String payerName) {
            return new Credit(inquiryNumber, amount, payerName, false);
        }
    }

    private final String bankCode;
    private final String branchCode;
    private final String accountNumber;
    private final LocalDate accountDate;
    private final List<Credit> credits = new ArrayList<>();
    private boolean lineBreaks = true;

    private TransferNoticeFile(String bankCode, String branchCode, String accountNumber, LocalDate accountDate) {
        this.bankCode = bankCode;
        this.branchCode = branchCode;
        this.accountNumber = accountNumber;
        this.accountDate = accountDate;
    }

    /** The notification for one account (bank code, branch code, account number) and one account date. */
    public static TransferNoticeFile forAccount(String bankCode, String branchCode, String accountNumber,
                                                LocalDate accountDate) {
        return new TransferNoticeFile(bankCode, branchCode, accountNumber, accountDate);
    }

    /** The local stack's account (payment-service's default configuration). */
    public static TransferNoticeFile forDemoAccount(LocalDate accountDate) {
        return forAccount("0001", "001", "1234567", accountDate);
    }

    public TransferNoticeFile credit(Credit credit) {
        credits.add(credit);
        return this;
    }

    public TransferNoticeFile credit(int inquiryNumber, long amount, String payerName) {
        return credit(Credit.of(inquiryNumber, amount, payerName));
    }

    /** Records back to back, without CRLF, as some banks send them. */
    public TransferNoticeFile withoutLineBreaks() {
        lineBreaks = false;
        return this;
    }

    public byte[] bytes() {
        List<String> records = new ArrayList<>();
        String date = reiwa(accountDate);
        records.add("1" + "01" + "0" + date + date + date + bankCode + pad("ﾐｽﾞﾎ", 15) + branchCode
                + pad("ﾎﾝﾃﾝ", 15) + "1" + accountNumber + pad("ﾄｸﾃｲﾋｴｲﾘｶﾂﾄﾞｳﾎｳｼﾞﾝ ｱｲﾃｲｺｰﾃﾞｨﾈｰﾀｷｮｳｶｲ", 40)
                + " ".repeat(93));
        long creditSum = 0;
        long cancelSum = 0;
        int cancels = 0;
        for (Credit credit : credits) {
            records.add("2" + digits(credit.inquiryNumber(), 6) + date + date + digits(credit.amount(), 10)
                    + digits(0, 10) + digits(0, 10) + pad(credit.payerName(), 48) + pad("ｷﾞﾝｺｳ", 15)
                    + pad("ｼﾃﾝ", 15) + (credit.cancellation() ? "1" : " ") + " ".repeat(20) + " ".repeat(52));
            if (credit.cancellation()) {
                cancels++;
                cancelSum += credit.amount();
            } else {
                creditSum += credit.amount();
            }
        }
        records.add("8" + digits(credits.size() - cancels, 6) + digits(creditSum, 12) + digits(cancels, 6)
                + digits(cancelSum, 12) + " ".repeat(163));
        records.add("9" + " ".repeat(199));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String record : records) {
            byte[] bytes = record.getBytes(SHIFT_JIS);
            if (bytes.length != 200) {
                throw new IllegalStateException("record of " + bytes.length + " bytes: " + record);
            }
            out.writeBytes(bytes);
            if (lineBreaks) {
                out.writeBytes(new byte[] {'\r', '\n'});
            }
        }
        return out.toByteArray();
    }

    /** 和暦 YYMMDD in Reiwa (2019-05-01 on). */
    static String reiwa(LocalDate date) {
        return digits(date.getYear() - 2018, 2) + digits(date.getMonthValue(), 2) + digits(date.getDayOfMonth(), 2);
    }

    private static String digits(long value, int width) {
        return String.format("%0" + width + "d", value);
    }

    /** Left-aligned, space-padded to {@code width} Shift_JIS bytes (half-width kana are one byte). */
    private static String pad(String text, int width) {
        int length = text.getBytes(SHIFT_JIS).length;
        if (length > width) {
            throw new IllegalArgumentException("longer than " + width + " bytes: " + text);
        }
        return text + " ".repeat(width - length);
    }
}
