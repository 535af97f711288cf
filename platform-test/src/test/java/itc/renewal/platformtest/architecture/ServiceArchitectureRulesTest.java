package itc.renewal.platformtest.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared rules catch what they promise to catch (fixtures in itc.renewal.*.archfixture). */
class ServiceArchitectureRulesTest {

    private final JavaClasses fixtures = new ClassFileImporter()
            .importPackages("itc.renewal.points.archfixture", "itc.renewal.renewal.archfixture");

    @Test
    void aServiceUsingAnotherServicesClassIsReported() {
        assertThat(ServiceArchitectureRules.deployablesNeverImportEachOther.evaluate(fixtures).hasViolation()).isTrue();
    }

    @Test
    void theCommandSideReadingAProjectionIsReported() {
        assertThat(ServiceArchitectureRules.commandSideDoesNotReadProjections.evaluate(fixtures).hasViolation())
                .isTrue();
    }

    @Test
    void aDomainClassCallingHttpIsReported() {
        assertThat(ServiceArchitectureRules.onlyAdaptersKnowWebAndKafka.evaluate(fixtures).hasViolation()).isTrue();
    }

    @Test
    void aServiceIsKnownByItsRootPackage() {
        assertThat(ServiceArchitectureRules.deployableOf("itc.renewal.points.ledger.api")).isEqualTo("points");
        assertThat(ServiceArchitectureRules.deployableOf("itc.renewal.platform.clock")).isNull();
        assertThat(ServiceArchitectureRules.deployableOf("itc.renewal.contracts.points.v1")).isNull();
    }
}
