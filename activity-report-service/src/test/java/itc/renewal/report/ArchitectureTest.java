package itc.renewal.report;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package rules of STYLE.md §2, as tests. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("itc.renewal.report");

    @Test
    void commandAndQuerySidesUseOnlyTheApi() {
        noClasses().that().resideInAPackage("..report.command..")
                .should().dependOnClassesThat().resideInAPackage("..report.query..").check(classes);
        noClasses().that().resideInAPackage("..report.query..")
                .should().dependOnClassesThat().resideInAPackage("..report.command..").check(classes);
    }

    @Test
    void onlyIntegrationSeesTheContracts() {
        noClasses().that().resideOutsideOfPackage("itc.renewal.report.integration..")
                .should().dependOnClassesThat().resideInAPackage("itc.renewal.contracts..").check(classes);
    }

    @Test
    void domainImportsNoWebNorKafka() {
        noClasses().that().resideInAnyPackage("..report.api..", "..report.command..", "..report.query..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.cloud.stream..", "org.apache.kafka..", "org.springframework.kafka..")
                .check(classes);
    }
}
