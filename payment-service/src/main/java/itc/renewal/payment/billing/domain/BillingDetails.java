package itc.renewal.payment.billing.domain;

import itc.renewal.platform.problem.FieldError;
import itc.renewal.platform.problem.InvalidFields;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The member's billing profile (rule F4, 個人情報編集): the invoice addressee (請求書宛名), e.g. a company that pays,
 * and the sender name (送金者名) the transfer will come under. Both are printed on documents issued after a change;
 * documents issued before stay as they were.
 * <p>
 * The sender name is what a bank passes on as the payer name: katakana, Latin letters, digits, spaces and ( ) . -
 * / only, at most {@value #SENDER_MAX} characters (the bank field holds 48 half-width characters, with the
 * 10-digit transfer reference and a space before the name). Half-width kana are stored as full-width.
 */
public record BillingDetails(String addressee, String senderName) {

    public static final int ADDRESSEE_MAX = 60;
    public static final int SENDER_MAX = 30;
    static final String INVALID = "payment.billing-profile-invalid";
    private static final Pattern SENDER = Pattern.compile("[\\p{IsKatakana}ー A-Za-z0-9().\\-/]+");

    /** The details as typed, normalised (NFKC, trimmed), or {@link InvalidFields} naming each wrong field. */
    public static BillingDetails of(String addressee, String senderName) {
        String to = normalise(addressee);
        String sender = normalise(senderName);
        List<FieldError> errors = new ArrayList<>();
        if (to.isEmpty()) {
            errors.add(new FieldError("addressee", "請求書宛名を入力してください（会社名や氏名）。"));
        } else if (to.codePointCount(0, to.length()) > ADDRESSEE_MAX || to.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("addressee", "請求書宛名は改行を含まない " + ADDRESSEE_MAX + " 文字以内で入力してください。"));
        }
        if (sender.isEmpty()) {
            errors.add(new FieldError("senderName", "送金者名をカタカナで入力してください（例: ミホン タロウ）。"));
        } else if (sender.length() > SENDER_MAX || !SENDER.matcher(sender).matches()) {
            errors.add(new FieldError("senderName", "送金者名は銀行の振込依頼人名として使える文字（カタカナ・英数字・スペース・"
                    + "（）．－／）で " + SENDER_MAX + " 文字以内で入力してください。"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(INVALID, errors);
        }
        return new BillingDetails(to, sender);
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    }
}
