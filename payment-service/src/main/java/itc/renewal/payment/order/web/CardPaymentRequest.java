package itc.renewal.payment.order.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A card payment as the member's browser sends it. The idempotency key is generated once per
 * payment attempt by the client and resent on retry.
 */
record CardPaymentRequest(
        @NotBlank(message = "カード番号を入力してください。")
        @Size(max = 30, message = "カード番号が長すぎます。")
        String cardNumber,
        @NotBlank(message = "idempotencyKey を指定してください。")
        @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}", message = "idempotencyKey は 100 文字以内の英数字で指定してください。")
        String idempotencyKey) {

    /** Never prints the card number: request records end up in logs and error reports. */
    @Override
    public String toString() {
        return "CardPaymentRequest[idempotencyKey=" + idempotencyKey + "]";
    }
}
