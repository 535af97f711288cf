package itc.renewal.payment.order.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number that ties a bank transfer to its payment order (rule F3): the member types it before the payer name
 * (振込依頼人名) when transferring, e.g. {@code 2700000017 ﾐﾎﾝ ﾀﾛｳ}, and the bank passes the name on in the
 * transfer notification. Ten digits: the fiscal year's last two, the member number's seven and a Luhn check digit,
 * so one order has one reference, it is the same however often it is asked for, and a mistyped digit is caught
 * rather than matched to another member.
 */
public record TransferReference(String digits) {

    private static final Pattern MEMBER_ID = Pattern.compile("M(\\d{7})");
    private static final Pattern LEADING = Pattern.compile("^\\s*(\\d{10})(?!\\d)");

    public TransferReference {
        if (!digits.matches("\\d{10}") || !luhnValid(digits)) {
            throw new IllegalArgumentException("not a transfer reference: " + digits);
        }
    }

    public static TransferReference of(int fiscalYear, String memberId) {
        Matcher member = MEMBER_ID.matcher(memberId);
        if (!member.matches()) {
            throw new IllegalArgumentException("member ids are M and 7 digits: " + memberId);
        }
        String body = String.format("%02d", fiscalYear % 100) + member.group(1);
        return new TransferReference(body + checkDigit(body));
    }

    /** The reference at the start of a payer name, if the name starts with ten digits forming a valid one. */
    public static Optional<TransferReference> leadingIn(String payerName) {
        Matcher leading = LEADING.matcher(payerName);
        if (!leading.find() || !luhnValid(leading.group(1))) {
            return Optional.empty();
        }
        return Optional.of(new TransferReference(leading.group(1)));
    }

    /** Whether the payer name starts with ten digits at all (a reference, possibly mistyped). */
    public static boolean startsWithDigits(String payerName) {
        return LEADING.matcher(payerName).find();
    }

    public int fiscalYear(int century) {
        return century + Integer.parseInt(digits.substring(0, 2));
    }

    public String memberId() {
        return "M" + digits.substring(2, 9);
    }

    private static int checkDigit(String body) {
        for (int digit = 0; digit <= 9; digit++) {
            if (luhnValid(body + digit)) {
                return digit;
            }
        }
        throw new IllegalStateException("no Luhn check digit for " + body);
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    @Override
    public String toString() {
        return digits;
    }
}
