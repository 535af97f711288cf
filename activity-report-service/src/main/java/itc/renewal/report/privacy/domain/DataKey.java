package itc.renewal.report.privacy.domain;

import javax.crypto.SecretKey;

/** One member's data key (rule R4), as the key store hands it out: unwrapped, for this process only. */
public record DataKey(String keyId, String memberId, SecretKey key) {

    @Override
    public String toString() {
        return "DataKey[" + keyId + " of " + memberId + "]";
    }
}
