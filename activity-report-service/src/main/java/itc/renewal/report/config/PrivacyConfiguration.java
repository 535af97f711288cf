package itc.renewal.report.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.report.privacy.domain.AnswerSealing;
import itc.renewal.report.privacy.domain.MemberKeys;
import itc.renewal.report.privacy.keystore.JdbcMemberKeys;
import itc.renewal.report.submission.domain.AnswerVault;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Base64;

/**
 * Rule R4: the member data keys, wrapped with the deployment's key-encryption key ({@code report.key-encryption-key},
 * 32 bytes base64, environment {@code REPORT_KEY_ENCRYPTION_KEY}), and the sealing of answers with them.
 */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean
    MemberKeys memberKeys(JdbcTemplate jdbc, @Value("${report.key-encryption-key:}") String keyEncryptionKey) {
        if (keyEncryptionKey.isBlank()) {
            throw new IllegalStateException("report.key-encryption-key (REPORT_KEY_ENCRYPTION_KEY) is not set: give "
                    + "activity-report-service 32 random bytes, base64 (./itc-renewal up generates them)");
        }
        return new JdbcMemberKeys(jdbc, Base64.getDecoder().decode(keyEncryptionKey));
    }

    @Bean
    AnswerVault answerVault(MemberKeys keys, ObjectMapper json) {
        return new AnswerVault(new AnswerSealing(keys), json);
    }
}
