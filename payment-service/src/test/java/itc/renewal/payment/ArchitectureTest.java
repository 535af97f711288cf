package itc.renewal.payment;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import itc.renewal.platformtest.architecture.ServiceArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shared package rules of docs/code-structure.md, and only the command side reaches the providers (card
 * provider, store network); the simulated store till (local only) signs callbacks as the network would.
 */
@AnalyzeClasses(packages = "itc.renewal.payment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests shared = ArchTests.in(ServiceArchitectureRules.class);

    @ArchTest
    static final ArchRule onlyTheCommandSideReachesTheProviders = noClasses()
            .that().resideOutsideOfPackages("..provider..", "..order.command..", "..simulation..", "..config..")
            .should().dependOnClassesThat().resideInAPackage("..provider..");
}
