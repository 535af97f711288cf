package itc.renewal.payment.config;

import itc.renewal.payment.provider.StoreCallbackSignature;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the association's details, the store network's callback signature and the stale-charge sweep. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(PaymentProperties.class)
class PaymentConfiguration {

    @Bean
    StoreCallbackSignature storeCallbackSignature(PaymentProperties properties) {
        return new StoreCallbackSignature(properties.storeCallbackSecret());
    }
}
