package itc.renewal.payment.config;

import itc.renewal.payment.order.domain.ReceivingAccount;
import itc.renewal.payment.order.domain.RegistrationNumber;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The association's details printed on invoices and receipts (rules F3, F4), its receiving account for bank
 * transfers, and the store network's callback secret. Checked at start: a wrong registration number or account
 * stops the service rather than being printed.
 *
 * @param issuerName          the association's legal name
 * @param registrationNumber  適格請求書発行事業者登録番号, T and 13 digits with a valid check digit
 * @param account             the account bank transfers go to
 * @param storeCallbackSecret the secret the store network signs callbacks with (16 characters or more)
 */
@ConfigurationProperties("payment")
public record PaymentProperties(String issuerName, String registrationNumber, ReceivingAccount account,
                                String storeCallbackSecret) {

    public PaymentProperties {
        if (issuerName == null || issuerName.isBlank()) {
            throw new IllegalArgumentException("payment.issuer-name is required");
        }
        new RegistrationNumber(registrationNumber);
        if (account == null) {
            throw new IllegalArgumentException("payment.account.* is required");
        }
    }
}
