package itc.renewal.report.privacy.domain;

import java.util.Optional;

/**
 * The store of the members' data keys (rule R4). Keys never leave it in clear at rest: they are wrapped with the
 * key-encryption key of the deployment. Erasing a member's keys is the crypto-shredding of everything sealed with
 * them, in the event store and in every projection alike.
 */
public interface MemberKeys {

    /** The member's current key, created on first use. */
    DataKey currentKeyOf(String memberId);

    /** The key {@code keyId} of {@code memberId}; empty once erased. */
    Optional<DataKey> find(String memberId, String keyId);

    /** Erases every key of the member; answers how many there were. */
    int erase(String memberId);
}
