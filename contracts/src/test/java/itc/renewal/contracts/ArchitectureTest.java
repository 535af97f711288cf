package itc.renewal.contracts;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Contracts are what other teams build on: plain records that import nothing of ours and no framework. */
@AnalyzeClasses(packages = "itc.renewal.contracts", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule contractsImportNothingOfOursNorAFramework = noClasses()
            .that().resideInAPackage("itc.renewal.contracts..")
            .should().dependOnClassesThat(resideInAPackage("itc.renewal..")
                    .and(resideOutsideOfPackage("itc.renewal.contracts.."))
                    .or(resideInAnyPackage("org.springframework..", "org.axonframework..", "com.fasterxml..")));
}
