package itc.renewal.payment.order.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Instant;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Requests of member M0000001, signed as the gateway signs them, for the controller slice tests. */
final class SignedRequests {

    /** The member's renewal, whose fee the tests pay. */
    static final String RENEWAL = "2027-M0000001";

    private SignedRequests() {
    }

    static MockHttpServletRequestBuilder cardPayment(IdentitySigner signer, String cardNumber, String key) {
        return signed(signer, post("/api/payments/orders/{id}/card", RENEWAL))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"cardNumber\":\"" + cardNumber + "\",\"idempotencyKey\":\"" + key + "\"}");
    }

    static MockHttpServletRequestBuilder signed(IdentitySigner signer, MockHttpServletRequestBuilder request) {
        HttpHeaders headers = new HttpHeaders();
        signer.headers(Identity.member("M0000001"), Instant.now()).forEach(headers::add);
        return request.headers(headers);
    }
}
