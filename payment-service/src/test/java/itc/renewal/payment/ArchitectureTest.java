package itc.renewal.payment;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package rules of STYLE.md §2 for payment-service. */
@AnalyzeClasses(packages = "itc.renewal.payment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule commandSideIgnoresQuerySide = noClasses().that().resideInAPackage("..order.command..")
            .should().dependOnClassesThat().resideInAPackage("..order.query..");

    @ArchTest
    static final ArchRule querySideIgnoresCommandSide = noClasses().that().resideInAPackage("..order.query..")
            .should().dependOnClassesThat().resideInAPackage("..order.command..");

    @ArchTest
    static final ArchRule onlyIntegrationSeesContracts = noClasses().that().resideOutsideOfPackage("..integration..")
            .should().dependOnClassesThat().resideInAPackage("itc.renewal.contracts..");

    @ArchTest
    static final ArchRule domainKnowsNoWebNorKafka = noClasses()
            .that().resideInAnyPackage("..order.api..", "..order.command..", "..order.query..", "..provider..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.apache.kafka..",
                    "org.springframework.kafka..", "org.springframework.cloud.stream..");

    @ArchTest
    static final ArchRule onlyTheCheckoutChargesCards = noClasses()
            .that().resideOutsideOfPackages("..provider..", "..order.command..")
            .should().dependOnClassesThat().resideInAPackage("..provider..");
}
