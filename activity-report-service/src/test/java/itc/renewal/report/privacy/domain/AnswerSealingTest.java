package itc.renewal.report.privacy.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rule R4: sealed with the member's key, unreadable without it, and not passable as another member's. */
class AnswerSealingTest {

    private final InMemoryMemberKeys keys = new InMemoryMemberKeys();
    private final AnswerSealing sealing = new AnswerSealing(keys);
    private final byte[] plaintext = "{\"comment\":[\"個人的な感想\"]}".getBytes(StandardCharsets.UTF_8);

    @Test
    void r4_sealedDataOpensWithTheMembersKeyAndShowsNothingInClear() {
        SealedAnswers sealed = sealing.seal("M0000001", plaintext);

        assertThat(sealed.ciphertext()).doesNotContain("comment");
        assertThat(sealing.open("M0000001", sealed)).hasValueSatisfying(opened -> assertThat(opened)
                .isEqualTo(plaintext));
        assertThat(sealing.seal("M0000001", plaintext).nonce()).as("a fresh nonce every time")
                .isNotEqualTo(sealed.nonce());
    }

    @Test
    void r4_erasingTheMembersKeyMakesTheDataReadAsErased() {
        SealedAnswers sealed = sealing.seal("M0000001", plaintext);

        assertThat(keys.erase("M0000001")).isEqualTo(1);

        assertThat(sealing.open("M0000001", sealed)).isEmpty();
    }

    @Test
    void r4_dataSealedForOneMemberDoesNotOpenAsAnothersEvenWithTheKey() {
        SealedAnswers sealed = sealing.seal("M0000001", plaintext);
        DataKey taro = keys.currentKeyOf("M0000001");
        MemberKeys sharedKey = new InMemoryMemberKeys() {
            @Override
            public Optional<DataKey> find(String memberId, String keyId) {
                return Optional.of(new DataKey(taro.keyId(), memberId, taro.key()));
            }
        };

        assertThatThrownBy(() -> new AnswerSealing(sharedKey).open("M0000002", sealed))
                .hasMessageContaining("does not open");
    }
}
