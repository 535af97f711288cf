package itc.renewal.payment.provider;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local default store network: no money moves. A slip number is {@code 1}, the fiscal year and the member
 * number (12 digits), so the same order always gets the same slip and the simulated till
 * (SimulatedStoreTill) can tell which order a slip pays.
 */
@Component
@ConditionalOnProperty(name = "payment.convenience-store-network", havingValue = "simulated")
class SimulatedConvenienceStoreNetwork implements ConvenienceStoreNetwork {

    private static final Pattern ORDER = Pattern.compile("(\\d{4})-M(\\d{7})");

    @Override
    public StoreSlip issueSlip(String orderId, BigDecimal amount, Instant payableUntil) {
        Matcher order = ORDER.matcher(orderId);
        if (!order.matches()) {
            throw new IllegalArgumentException("not an order id: " + orderId);
        }
        return new StoreSlip("1" + order.group(1) + order.group(2), payableUntil);
    }
}
