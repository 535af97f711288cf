package itc.renewal.platformtest;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Instant;

/** Requests carrying an identity signed as the gateway signs it, for controller slices and service ITs. */
public final class SignedRequests {

    private SignedRequests() {
    }

    /** The signed identity headers of {@code identity}, issued now. */
    public static HttpHeaders headers(IdentitySigner signer, Identity identity) {
        HttpHeaders headers = new HttpHeaders();
        signer.headers(identity, Instant.now()).forEach(headers::add);
        return headers;
    }

    /** {@link #headers} with a JSON content type, for requests with a body. */
    public static HttpHeaders jsonHeaders(IdentitySigner signer, Identity identity) {
        HttpHeaders headers = headers(signer, identity);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    /** {@code request} signed for {@code identity}, with a JSON content type. */
    public static MockHttpServletRequestBuilder signed(IdentitySigner signer, Identity identity,
                                                       MockHttpServletRequestBuilder request) {
        return request.headers(jsonHeaders(signer, identity));
    }
}
