package itc.renewal.payment.provider;

/**
 * The provider did not answer a charge in time (rule F2): the charge may have been made or not. Nothing is
 * concluded from it; the outcome is asked for later with {@link CardPaymentProvider#resultFor(String)}.
 */
public class ProviderTimeout extends RuntimeException {

    public ProviderTimeout(String idempotencyKey) {
        super("no answer from the card provider for charge " + idempotencyKey);
    }
}
