package itc.renewal.payment.order.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A convenience-store payment slip (払込票) from the store network: the number the member gives at the till,
 * the amount and until when the stores accept it (the window's end).
 */
public record ConvenienceSlip(String slipNumber, BigDecimal amount, Instant payableUntil) {
}
