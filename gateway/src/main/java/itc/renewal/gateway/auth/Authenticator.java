package itc.renewal.gateway.auth;

import itc.renewal.platform.identity.Identity;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * Finds out who sent a browser or API request. The demo implementation reads HTTP Basic
 * credentials; real authentication (e.g. OpenID Connect) replaces it later without touching the
 * filter that signs the identity for the services.
 */
interface Authenticator {

    /** The caller's identity, or empty when the request carries no valid credentials. */
    Optional<Identity> authenticate(HttpServletRequest request);

    /** The user id the request claims to be, valid or not; empty without credentials. */
    Optional<String> claimedUser(HttpServletRequest request);
}
