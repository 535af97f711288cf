package itc.renewal.report.privacy.domain;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Seals and opens a member's personal data with the member's data key (rule R4): AES-256-GCM with a fresh random
 * nonce per seal, member id and key id as associated data. Opening answers empty when the key was erased: the data
 * reads as erased, and whatever reads it (a replay, a projection rebuild, a member's page) carries on.
 */
public final class AnswerSealing {

    private static final String ALGORITHM = "AES/GCM/NoPadding";
    private static final int TAG_BITS = 128;
    private static final int NONCE_BYTES = 12;

    private final MemberKeys keys;
    private final SecureRandom random = new SecureRandom();

    public AnswerSealing(MemberKeys keys) {
        this.keys = keys;
    }

    public SealedAnswers seal(String memberId, byte[] plaintext) {
        DataKey key = keys.currentKeyOf(memberId);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(ALGORITHM);
            cipher.init(Cipher.ENCRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(memberId, key.keyId()));
            Base64.Encoder base64 = Base64.getEncoder();
            return new SealedAnswers(key.keyId(), base64.encodeToString(nonce),
                    base64.encodeToString(cipher.doFinal(plaintext)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal personal data of " + memberId, e);
        }
    }

    /** The plaintext, or empty when the member's key was erased (crypto-shredded). */
    public Optional<byte[]> open(String memberId, SealedAnswers sealed) {
        Optional<DataKey> key = keys.find(memberId, sealed.keyId());
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance(ALGORITHM);
            Base64.Decoder base64 = Base64.getDecoder();
            cipher.init(Cipher.DECRYPT_MODE, key.get().key(), new GCMParameterSpec(TAG_BITS,
                    base64.decode(sealed.nonce())));
            cipher.updateAAD(associatedData(memberId, sealed.keyId()));
            return Optional.of(cipher.doFinal(base64.decode(sealed.ciphertext())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealed data of " + memberId + " does not open with key "
                    + sealed.keyId() + " (tampered, or sealed for another member)", e);
        }
    }

    private static byte[] associatedData(String memberId, String keyId) {
        return (memberId + "/" + keyId).getBytes(StandardCharsets.UTF_8);
    }
}
