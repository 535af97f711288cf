package itc.renewal.gateway.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The incoming request as the gateway forwards it: every client-sent {@code X-ITC-*} header, {@code X-Acting-For},
 * the {@code Authorization} header and the cookies are hidden (clients must not forge an identity, and services never
 * see passwords or session ids), and the identity headers signed by the gateway are added. The proxy copies headers
 * through {@link #getHeaderNames()} / {@link #getHeaders(String)}, so all three views agree.
 */
class SignedIdentityRequest extends HttpServletRequestWrapper {

    private static final String IDENTITY_PREFIX = "x-itc-";

    private final Map<String, String> signed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    SignedIdentityRequest(HttpServletRequest request, Map<String, String> signedHeaders) {
        super(request);
        signed.putAll(signedHeaders);
    }

    @Override
    public String getHeader(String name) {
        if (signed.containsKey(name)) {
            return signed.get(name);
        }
        return hidden(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if (signed.containsKey(name)) {
            return Collections.enumeration(List.of(signed.get(name)));
        }
        return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        List<String> names = new ArrayList<>(signed.keySet());
        for (String name : Collections.list(super.getHeaderNames())) {
            if (!hidden(name)) {
                names.add(name);
            }
        }
        return Collections.enumeration(names);
    }

    private static boolean hidden(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith(IDENTITY_PREFIX) || lower.equals("authorization") || lower.equals("cookie")
                || lower.equals("x-acting-for");
    }
}
