package itc.renewal.notification.config;

import itc.renewal.notification.certificate.document.CertificateRenderer;
import itc.renewal.notification.certificate.domain.CertificateSeal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Settings, the certificate renderer and seal, and the scheduler that drains the mail outbox. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    /** One instance: it reads the 6 MB font file once. */
    @Bean
    CertificateRenderer certificateRenderer() {
        return new CertificateRenderer();
    }

    /** Rule C5: no default secret; the local stack generates one, tests take platform-test's. */
    @Bean
    CertificateSeal certificateSeal(@Value("${notification.verification-secret:}") String secret) {
        return new CertificateSeal(secret);
    }
}
