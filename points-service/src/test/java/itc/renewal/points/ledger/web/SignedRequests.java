package itc.renewal.points.ledger.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Instant;

/** JSON requests signed as the gateway signs them, for the controller slice tests. */
final class SignedRequests {

    private SignedRequests() {
    }

    static MockHttpServletRequestBuilder signed(IdentitySigner signer, Identity identity,
                                                MockHttpServletRequestBuilder request) {
        HttpHeaders headers = new HttpHeaders();
        signer.headers(identity, Instant.now()).forEach(headers::add);
        return request.headers(headers).contentType(MediaType.APPLICATION_JSON);
    }
}
