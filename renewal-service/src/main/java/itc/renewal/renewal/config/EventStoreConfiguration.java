package itc.renewal.renewal.config;

import itc.renewal.platform.axon.PackageRenameUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * How events stored by earlier versions of this service are read. Sagas stored under the former package name are
 * renamed by the migration V9.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    /** The renewal feature's package was {@code renewal.renewal} until the packages were named by what they are. */
    @Bean
    PackageRenameUpcaster renamedRenewalPackage() {
        return new PackageRenameUpcaster(Map.of(
                "itc.renewal.renewal.renewal.api", "itc.renewal.renewal.procedure.api"));
    }
}
