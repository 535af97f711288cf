package itc.renewal.report.privacy.keystore;

import itc.renewal.report.privacy.domain.DataKey;
import itc.renewal.report.privacy.domain.MemberKeys;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Member data keys in this service's database (table {@code member_data_keys}), each AES-256 key wrapped with the
 * deployment's key-encryption key (AES-GCM, the key id as associated data), so a copy of the database alone opens
 * nothing. Unwrapped keys are cached in memory; erasing drops them from the cache and deletes the rows, after which
 * nothing sealed with them can be read. Concurrent first uses by two instances create one key: the member id is
 * unique among current keys.
 */
public class JdbcMemberKeys implements MemberKeys {

    private static final String WRAP = "AES/GCM/NoPadding";

    private final JdbcTemplate jdbc;
    private final SecretKey keyEncryptionKey;
    private final SecureRandom random = new SecureRandom();
    /** How long an unwrapped key stays in memory: another instance's erasure takes effect here within it. */
    public static final Duration CACHED_FOR = Duration.ofSeconds(30);

    private record Cached(DataKey key, Instant loadedAt) {
    }

    private final ConcurrentMap<String, Cached> unwrapped = new ConcurrentHashMap<>();

    public JdbcMemberKeys(JdbcTemplate jdbc, byte[] keyEncryptionKey) {
        if (keyEncryptionKey.length != 32) {
            throw new IllegalArgumentException("the key-encryption key must be 32 bytes (AES-256)");
        }
        this.jdbc = jdbc;
        this.keyEncryptionKey = new SecretKeySpec(keyEncryptionKey, "AES");
    }

    @Override
    public DataKey currentKeyOf(String memberId) {
        Optional<DataKey> current = load("select key_id, wrapped_key from member_data_keys where member_id = ?",
                memberId, memberId);
        if (current.isPresent()) {
            return current.get();
        }
        SecretKey key = newKey();
        String keyId = UUID.randomUUID().toString();
        jdbc.update("insert into member_data_keys (key_id, member_id, wrapped_key, created_at) values (?, ?, ?, ?) "
                + "on conflict (member_id) do nothing", keyId, memberId, wrap(keyId, key), Timestamp.from(Instant.now()));
        return load("select key_id, wrapped_key from member_data_keys where member_id = ?", memberId, memberId)
                .orElseThrow(() -> new IllegalStateException("no data key for " + memberId + " after creating one"));
    }

    @Override
    public Optional<DataKey> find(String memberId, String keyId) {
        Cached cached = unwrapped.get(keyId);
        if (cached != null && cached.loadedAt().plus(CACHED_FOR).isAfter(Instant.now())) {
            return cached.key().memberId().equals(memberId) ? Optional.of(cached.key()) : Optional.empty();
        }
        unwrapped.remove(keyId);
        return load("select key_id, wrapped_key from member_data_keys where key_id = ? and member_id = ?", memberId,
                keyId, memberId);
    }

    @Override
    public int erase(String memberId) {
        int erased = jdbc.update("delete from member_data_keys where member_id = ?", memberId);
        unwrapped.values().removeIf(cached -> cached.key().memberId().equals(memberId));
        return erased;
    }

    private Optional<DataKey> load(String sql, String memberId, Object... arguments) {
        List<DataKey> found = jdbc.query(sql, (row, n) -> {
            String keyId = row.getString("key_id");
            byte[] wrapped = row.getBytes("wrapped_key");
            return unwrapped.computeIfAbsent(keyId, id -> new Cached(new DataKey(id, memberId, unwrap(id, wrapped)),
                    Instant.now())).key();
        }, arguments);
        return found.stream().findFirst();
    }

    private SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] wrap(String keyId, SecretKey key) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(WRAP);
            cipher.init(Cipher.ENCRYPT_MODE, keyEncryptionKey, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] wrapped = cipher.doFinal(key.getEncoded());
            return ByteBuffer.allocate(nonce.length + wrapped.length).put(nonce).put(wrapped).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKey unwrap(String keyId, byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance(WRAP);
            cipher.init(Cipher.DECRYPT_MODE, keyEncryptionKey, new GCMParameterSpec(128, stored, 0, 12));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(cipher.doFinal(stored, 12, stored.length - 12), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("data key " + keyId + " does not unwrap: wrong key-encryption key?", e);
        }
    }
}
