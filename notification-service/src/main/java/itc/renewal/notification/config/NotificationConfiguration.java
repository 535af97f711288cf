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

    /** Jakarta Mail's factory of encoding streams (FactoryFinder reads this system property before any lookup). */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // Jakarta Mail finds its StreamProvider anew for every encoded word and body part it writes, through
        // ServiceLoader, which inside a Spring Boot jar scans the nested jars: in the 500-member profile (issue 11)
        // that was half of this service's mail-sending CPU. Named here, the provider is instantiated directly.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

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
