package itc.renewal.renewal;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import itc.renewal.platformtest.architecture.ServiceArchitectureRules;

/** The shared package rules of docs/code-structure.md. */
@AnalyzeClasses(packages = "itc.renewal.renewal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests shared = ArchTests.in(ServiceArchitectureRules.class);
}
