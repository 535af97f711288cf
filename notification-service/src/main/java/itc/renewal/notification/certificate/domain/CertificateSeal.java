package itc.renewal.notification.certificate.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;

/**
 * The token in a certificate's QR code (rule C5): HMAC-SHA256 of the certificate id with the association's
 * verification secret, 128 bits, base64url. Only the association can make one, so an altered id or a forged token
 * reads "not genuine". The secret outlives identity-secret rotations: printed certificates must keep verifying.
 */
public final class CertificateSeal {

    public static final int MIN_SECRET_LENGTH = 32;
    private static final int TOKEN_BYTES = 16;

    private final byte[] secret;

    public CertificateSeal(String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("notification.verification-secret (NOTIFICATION_VERIFICATION_SECRET) must "
                    + "be set to at least " + MIN_SECRET_LENGTH + " characters; ./itc-renewal up generates one");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String tokenOf(UUID certificateId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(certificateId));
    }

    public boolean isGenuine(UUID certificateId, String token) {
        if (token == null) {
            return false;
        }
        try {
            return MessageDigest.isEqual(Base64.getUrlDecoder().decode(token), mac(certificateId));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private byte[] mac(UUID certificateId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] full = mac.doFinal(("certificate:" + certificateId).getBytes(StandardCharsets.UTF_8));
            byte[] token = new byte[TOKEN_BYTES];
            System.arraycopy(full, 0, token, 0, TOKEN_BYTES);
            return token;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
