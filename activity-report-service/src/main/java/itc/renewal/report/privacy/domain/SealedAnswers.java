package itc.renewal.report.privacy.domain;

/**
 * A member's answers encrypted with the member's data key (rule R4): AES-256-GCM, the key named by id, the member id
 * and key id bound in as associated data so a sealed value cannot be passed off as another member's. What the event
 * store and the projections keep; deleting the member's key makes it unreadable everywhere (crypto-shredding).
 *
 * @param keyId      the member data key it was sealed with
 * @param nonce      the 12-byte GCM nonce, base64
 * @param ciphertext the encrypted JSON of the answers with the GCM tag, base64
 */
public record SealedAnswers(String keyId, String nonce, String ciphertext) {
}
