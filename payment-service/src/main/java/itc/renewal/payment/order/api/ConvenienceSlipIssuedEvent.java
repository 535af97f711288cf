package itc.renewal.payment.order.api;

/** The store network issued the order's payment slip. */
public record ConvenienceSlipIssuedEvent(
        String renewalId,
        String memberId,
        ConvenienceSlip slip) {
}
