package itc.renewal.payment.order.api;

/**
 * Who a document is from and to (rules F3, F4), as it stands when the document is issued: a later change of the
 * billing profile or of the association's details leaves issued documents as they are.
 *
 * @param issuerName         the association's name
 * @param registrationNumber its qualified invoice issuer number, T and 13 digits
 * @param bankAccount        the account to transfer to, as printed
 * @param addressee          請求書宛名 from the member's billing profile
 * @param senderName         送金者名 from the member's billing profile: the name to transfer under
 */
public record InvoiceParties(String issuerName, String registrationNumber, String bankAccount, String addressee,
                             String senderName) {
}
