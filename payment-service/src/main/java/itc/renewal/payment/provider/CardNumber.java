package itc.renewal.payment.provider;

import itc.renewal.platform.problem.Rejection;

/**
 * A card number that passed the Luhn check. It exists only while a charge is made: toString shows
 * the last four digits, so the full number never reaches a log, an event or the database.
 */
public final class CardNumber {

    private static final String INVALID = "カード番号が正しくありません。カードに記載の番号（半角数字）をご確認ください。";

    private final String digits;

    private CardNumber(String digits) {
        this.digits = digits;
    }

    /** Accepts blanks and hyphens between digit groups, as members type them from the card. */
    public static CardNumber parse(String text) {
        String digits = text == null ? "" : text.replaceAll("[\\s-]", "");
        if (!digits.matches("[0-9]{12,19}") || !passesLuhn(digits)) {
            throw Rejection.badInput("payment.card-invalid", INVALID);
        }
        return new CardNumber(digits);
    }

    public String digits() {
        return digits;
    }

    public String last4() {
        return digits.substring(digits.length() - 4);
    }

    @Override
    public String toString() {
        return "****" + last4();
    }

    private static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
