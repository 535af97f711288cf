package itc.renewal.report.config;

import itc.renewal.platform.axon.PackageRenameUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/** How events stored by earlier versions of this service are read. */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    /** The report feature's package was {@code report.report} until the packages were named by what they are. */
    @Bean
    PackageRenameUpcaster renamedReportPackage() {
        return new PackageRenameUpcaster(Map.of(
                "itc.renewal.report.report.api", "itc.renewal.report.submission.api"));
    }

    /** Reports submitted before answers were sealed (rule R4) read without their plaintext answers. */
    @Bean
    PlainAnswersUpcaster plainAnswers() {
        return new PlainAnswersUpcaster();
    }
}
