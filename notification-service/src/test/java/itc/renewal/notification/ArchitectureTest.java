package itc.renewal.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "itc.renewal.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Contracts are promises to other services; only the Kafka adapters speak them. */
    @ArchTest
    static final ArchRule onlyIntegrationReadsContracts = noClasses()
            .that().resideOutsideOfPackage("..integration..")
            .should().dependOnClassesThat().resideInAPackage("itc.renewal.contracts..");

    /** The PDF layout is plain code: testable without Spring, reusable by any caller. */
    @ArchTest
    static final ArchRule documentIsFreeOfSpring = noClasses()
            .that().resideInAPackage("..certificate.document..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule queriesDoNotWrite = noClasses()
            .that().resideInAPackage("..query..")
            .should().dependOnClassesThat().resideInAPackage("..command..");

    @ArchTest
    static final ArchRule webDoesNotTouchTheDatabase = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..");
}
