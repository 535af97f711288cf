package itc.renewal.points.ledger.api;

import java.math.BigDecimal;

/**
 * One category's share of a fiscal year (rule P2).
 *
 * @param subtotal        raw points of the category's entries
 * @param cap             the category's cap per fiscal year last applied; {@code null} if uncapped
 * @param countedSubtotal the points of the category that count for renewal
 */
public record CategorySubtotalView(String category, BigDecimal subtotal, BigDecimal cap, BigDecimal countedSubtotal) {
}
