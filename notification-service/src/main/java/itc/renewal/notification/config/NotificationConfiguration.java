package itc.renewal.notification.config;

import itc.renewal.notification.certificate.document.CertificateRenderer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Settings, the certificate renderer, and the scheduler that drains the mail outbox. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    /** One instance: it reads the 6 MB font file once. */
    @Bean
    CertificateRenderer certificateRenderer() {
        return new CertificateRenderer();
    }
}
