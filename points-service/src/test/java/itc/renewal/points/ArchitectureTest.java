package itc.renewal.points;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package rules of STYLE.md §2 and §6.7. */
@AnalyzeClasses(packages = "itc.renewal.points", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule commandSideDoesNotUseQuerySide = noClasses()
            .that().resideInAPackage("..points.ledger.command..")
            .should().dependOnClassesThat().resideInAPackage("..points.ledger.query..");

    @ArchTest
    static final ArchRule querySideDoesNotUseCommandSide = noClasses()
            .that().resideInAPackage("..points.ledger.query..")
            .should().dependOnClassesThat().resideInAPackage("..points.ledger.command..");

    @ArchTest
    static final ArchRule onlyIntegrationUsesContracts = noClasses()
            .that().resideOutsideOfPackage("..points.integration..")
            .should().dependOnClassesThat().resideInAPackage("itc.renewal.contracts..");

    @ArchTest
    static final ArchRule domainImportsNoWebOrKafka = noClasses()
            .that().resideInAnyPackage("..points.ledger.api..", "..points.ledger.command..", "..points.catalogue")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                    "org.springframework.kafka..", "org.springframework.cloud.stream..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule catalogueKnowsNoLedger = noClasses()
            .that().resideInAPackage("..points.catalogue..")
            .should().dependOnClassesThat().resideInAPackage("..points.ledger..");
}
