package itc.renewal.report.privacy.domain;

import javax.crypto.KeyGenerator;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Member keys in memory, for the aggregate's fixture tests; the real store is {@code JdbcMemberKeys}. */
public class InMemoryMemberKeys implements MemberKeys {

    private final Map<String, DataKey> byMember = new ConcurrentHashMap<>();

    @Override
    public DataKey currentKeyOf(String memberId) {
        return byMember.computeIfAbsent(memberId, member -> {
            try {
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(256);
                return new DataKey(UUID.randomUUID().toString(), member, generator.generateKey());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public Optional<DataKey> find(String memberId, String keyId) {
        return Optional.ofNullable(byMember.get(memberId)).filter(key -> key.keyId().equals(keyId));
    }

    @Override
    public int erase(String memberId) {
        return byMember.remove(memberId) == null ? 0 : 1;
    }
}
