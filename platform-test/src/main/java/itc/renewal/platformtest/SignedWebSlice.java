package itc.renewal.platformtest;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Base of a {@code @WebMvcTest} controller slice: the slice's {@link MockMvc} and the platform's signer, so that a
 * test sends requests as the gateway forwards them ({@link #as}). The slice gets the platform's web configuration
 * (signed identity on /api/**, operator-only paths, problem details, fiscal-year parameters) by itself.
 */
public abstract class SignedWebSlice {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected IdentitySigner signer;

    /** {@code request} signed for {@code identity}, with a JSON content type. */
    protected MockHttpServletRequestBuilder as(Identity identity, MockHttpServletRequestBuilder request) {
        return SignedRequests.signed(signer, identity, request);
    }
}
