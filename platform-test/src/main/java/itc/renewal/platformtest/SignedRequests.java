package itc.renewal.platformtest;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.net.URI;
import java.time.Instant;

/**
 * Requests carrying an identity signed as the gateway signs it (for the service under test, this very method and
 * path, issued now), for controller slices and service ITs.
 */
public final class SignedRequests {

    private SignedRequests() {
    }

    /** The signed identity headers of {@code identity} for {@code method} on {@code path} (query ignored). */
    public static HttpHeaders headers(IdentitySigner signer, Identity identity, HttpMethod method, String path) {
        HttpHeaders headers = new HttpHeaders();
        signer.headers(identity, method.name(), URI.create(path).getRawPath(), signer.audience(), Instant.now())
                .forEach(headers::add);
        return headers;
    }

    /** {@link #headers} with a JSON content type, for requests with a body. */
    public static HttpHeaders jsonHeaders(IdentitySigner signer, Identity identity, HttpMethod method, String path) {
        HttpHeaders headers = headers(signer, identity, method, path);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    /** {@code request} signed for {@code identity}, with a JSON content type. */
    public static MockHttpServletRequestBuilder signed(IdentitySigner signer, Identity identity,
                                                       MockHttpServletRequestBuilder request) {
        return request.contentType(MediaType.APPLICATION_JSON).with(built -> {
            signer.headers(identity, built.getMethod(), built.getRequestURI(), signer.audience(), Instant.now())
                    .forEach(built::addHeader);
            return built;
        });
    }
}
