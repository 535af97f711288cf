package itc.renewal.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import itc.renewal.platformtest.architecture.ServiceArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The shared package rules of docs/code-structure.md, and the certificate layout is free of Spring. */
@AnalyzeClasses(packages = "itc.renewal.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests shared = ArchTests.in(ServiceArchitectureRules.class);

    /** The PDF layout is plain code: testable without Spring, reusable by any caller. */
    @ArchTest
    static final ArchRule documentIsFreeOfSpring = noClasses()
            .that().resideInAPackage("..certificate.document..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule webDoesNotTouchTheDatabase = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..");
}
