package itc.renewal.renewal;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package rules of STYLE.md §2 and §6.7. */
@AnalyzeClasses(packages = "itc.renewal.renewal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule commandSideDoesNotReadProjections = noClasses()
            .that().resideInAnyPackage("..command..", "..process..")
            .should().dependOnClassesThat().resideInAPackage("..query..");

    @ArchTest
    static final ArchRule queriesDoNotUseTheCommandSide = noClasses()
            .that().resideInAPackage("..query..")
            .should().dependOnClassesThat().resideInAnyPackage("..command..", "..process..");

    @ArchTest
    static final ArchRule onlyIntegrationSeesContracts = noClasses()
            .that().resideOutsideOfPackage("itc.renewal.renewal.integration..")
            .should().dependOnClassesThat().resideInAPackage("itc.renewal.contracts..");

    @ArchTest
    static final ArchRule domainKnowsNoWebNorKafka = noClasses()
            .that().resideInAnyPackage("..api..", "..command..", "..process..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                    "org.springframework.kafka..", "org.springframework.cloud.stream..", "org.apache.kafka..");
}
