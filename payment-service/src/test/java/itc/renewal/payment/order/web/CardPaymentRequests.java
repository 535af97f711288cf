package itc.renewal.payment.order.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.platformtest.SignedRequests;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Card payments of member M0000001's order, signed as the gateway signs them, for the controller slice tests. */
final class CardPaymentRequests {

    /** The member who pays. */
    static final Identity MEMBER = Identity.member("M0000001");
    /** The member's renewal, whose fee the tests pay. */
    static final String RENEWAL = "2027-M0000001";

    private CardPaymentRequests() {
    }

    static MockHttpServletRequestBuilder cardPayment(IdentitySigner signer, String cardNumber, String key) {
        return SignedRequests.signed(signer, MEMBER, post("/api/payments/orders/{id}/card", RENEWAL))
                .content("{\"cardNumber\":\"" + cardNumber + "\",\"idempotencyKey\":\"" + key + "\"}");
    }
}
