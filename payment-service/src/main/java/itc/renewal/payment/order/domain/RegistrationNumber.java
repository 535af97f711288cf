package itc.renewal.payment.order.domain;

/**
 * A qualified invoice issuer's registration number (適格請求書発行事業者登録番号, rule F3): {@code T} and the 13 digits
 * of the corporate number (法人番号), whose first digit checks the other twelve. A mistyped number in the
 * configuration stops the service at start rather than printing on every invoice.
 */
public record RegistrationNumber(String value) {

    public RegistrationNumber {
        if (value == null || !value.matches("T\\d{13}")) {
            throw new IllegalArgumentException("a registration number is T and 13 digits: " + value);
        }
        String digits = value.substring(1);
        if (digits.charAt(0) - '0' != checkDigit(digits.substring(1))) {
            throw new IllegalArgumentException("the check digit of registration number " + value + " is wrong");
        }
    }

    /** For the 12-digit base of a corporate number: 9 − (Σ digit × (1 or 2, alternating from the last)) mod 9. */
    public static int checkDigit(String base) {
        int sum = 0;
        for (int n = 1; n <= base.length(); n++) {
            int digit = base.charAt(base.length() - n) - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }

    @Override
    public String toString() {
        return value;
    }
}
