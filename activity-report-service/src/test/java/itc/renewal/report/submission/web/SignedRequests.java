package itc.renewal.report.submission.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Instant;

/** JSON requests signed as the gateway signs them, for the controller slice tests. */
final class SignedRequests {

    private SignedRequests() {
    }

    static MockHttpServletRequestBuilder as(IdentitySigner signer, MockHttpServletRequestBuilder request,
                                            Identity identity) {
        signer.headers(identity, Instant.now()).forEach(request::header);
        return request.contentType(MediaType.APPLICATION_JSON);
    }
}
