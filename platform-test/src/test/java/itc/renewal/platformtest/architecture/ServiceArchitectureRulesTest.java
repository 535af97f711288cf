package itc.renewal.platformtest.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared rules catch what they promise to catch (fixtures in itc.renewal.*.archfixture). */
class ServiceArchitectureRulesTest {

    private final JavaClasses fixtures = new ClassFileImporter()
            .importPackages("itc.renewal.points.archfixture", "itc.renewal.points.otherfixture",
                    "itc.renewal.renewal.archfixture");

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
    void aProjectionUsingTheCommandSideIsReported() {
        assertThat(ServiceArchitectureRules.querySideDoesNotUseTheCommandSide.evaluate(fixtures).hasViolation())
                .isTrue();
    }

    @Test
    void aMessageKnowingAnAdapterIsReported() {
        assertThat(ServiceArchitectureRules.messagesAndRulesKnowNoAdapters.evaluate(fixtures).hasViolation()).isTrue();
    }

    @Test
    void aContractOutsideIntegrationIsReported() {
        assertThat(ServiceArchitectureRules.onlyIntegrationSpeaksContracts.evaluate(fixtures).hasViolation()).isTrue();
    }

    @Test
    void aCycleBetweenFeaturesIsReported() {
        assertThat(ServiceArchitectureRules.noCyclesBetweenFeatures.evaluate(fixtures).hasViolation()).isTrue();
    }

    @Test
    void productCodeUsingTestCodeIsReported() {
        assertThat(ServiceArchitectureRules.productCodeDependsOnNoTestNorLauncher.evaluate(fixtures).hasViolation())
                .isTrue();
    }

    @Test
    void aServiceIsKnownByItsRootPackage() {
        assertThat(ServiceArchitectureRules.deployableOf("itc.renewal.points.ledger.api")).isEqualTo("points");
        assertThat(ServiceArchitectureRules.deployableOf("itc.renewal.platform.clock")).isNull();
        assertThat(ServiceArchitectureRules.deployableOf("itc.renewal.contracts.points.v1")).isNull();
    }
}
