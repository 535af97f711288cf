package itc.renewal.platformtest.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules every service and the gateway keep (docs/code-structure.md), applied to the classes a test
 * analyses: {@code @ArchTest static final ArchTests shared = ArchTests.in(ServiceArchitectureRules.class);} in each
 * module's {@code ArchitectureTest}. A feature is {@code itc.renewal.<service>.<feature>}; inside it {@code api}
 * holds messages, {@code domain} rules and ports, {@code command} and {@code query} the two sides, {@code web}
 * the controllers; {@code integration} speaks the contracts of other services.
 */
public final class ServiceArchitectureRules {

    /** The root packages of the deployables; none may use another's classes, whatever their visibility. */
    static final Set<String> DEPLOYABLES = Set.of("points", "renewal", "payment", "report", "notification", "gateway");

    private static final String[] WEB_AND_KAFKA = {"org.springframework.web..", "org.springframework.kafka..",
            "org.springframework.cloud.stream..", "org.apache.kafka..", "jakarta.servlet.."};

    /**
     * The write side of a feature: Axon's command side and saga, and the roles a service without Axon names by what
     * they do (renewal's deadline poller, notification's issuing, notifying, outbox and posting).
     */
    private static final String[] WRITE_SIDE = {"itc.renewal..command..", "itc.renewal..process..",
            "itc.renewal..deadline..", "itc.renewal..issuing..", "itc.renewal..notifying..", "itc.renewal..outbox..",
            "itc.renewal..posting.."};

    private ServiceArchitectureRules() {
    }

    @ArchTest
    public static final ArchRule commandSideDoesNotReadProjections = noClasses()
            .that().resideInAnyPackage(WRITE_SIDE)
            .should().dependOnClassesThat().resideInAPackage("itc.renewal..query..")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule querySideDoesNotUseTheCommandSide = noClasses()
            .that().resideInAPackage("itc.renewal..query..")
            .should().dependOnClassesThat().resideInAnyPackage(WRITE_SIDE)
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule messagesAndRulesKnowNoAdapters = noClasses()
            .that().resideInAnyPackage("itc.renewal..api..", "itc.renewal..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("itc.renewal..command..", "itc.renewal..query..", "itc.renewal..process..",
                    "itc.renewal..web..", "itc.renewal..integration..", "itc.renewal..config..")
            .allowEmptyShould(true);

    /** Only controllers ({@code web}), the adapters between services ({@code integration}) and wiring speak HTTP or Kafka. */
    @ArchTest
    public static final ArchRule onlyAdaptersKnowWebAndKafka = noClasses()
            .that().resideInAnyPackage("itc.renewal..api..", "itc.renewal..domain..", "itc.renewal..query..",
                    "itc.renewal..provider..")
            .or().resideInAnyPackage(WRITE_SIDE)
            .should().dependOnClassesThat().resideInAnyPackage(WEB_AND_KAFKA)
            .allowEmptyShould(true);

    /** Contracts are promises to other services; only the adapters between services speak them. */
    @ArchTest
    public static final ArchRule onlyIntegrationSpeaksContracts = noClasses()
            .that().resideOutsideOfPackages("itc.renewal..integration..", "itc.renewal.contracts..")
            .should().dependOnClassesThat().resideInAPackage("itc.renewal.contracts..")
            .allowEmptyShould(true);

    /** Between the features of a service ({@code config} is wiring: it sees everything, and features read its settings). */
    @ArchTest
    public static final ArchRule noCyclesBetweenFeatures = slices().matching("itc.renewal.(*).(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage("itc.renewal.*.config.."))
            .ignoreDependency(resideInAPackage("itc.renewal.*.config.."), DescribedPredicate.alwaysTrue())
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule deployablesNeverImportEachOther = classes()
            .should(notDependOnAnotherDeployable());

    /** Test infrastructure and the launcher are beside the product, never under it. */
    @ArchTest
    public static final ArchRule productCodeDependsOnNoTestNorLauncher = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("itc.renewal.platformtest..",
                    "itc.renewal.embedded..", "itc.renewal.localstack..", "itc.renewal.systemtests..");

    private static ArchCondition<JavaClass> notDependOnAnotherDeployable() {
        return new ArchCondition<>("not depend on another service or the gateway") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = deployableOf(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = deployableOf(dependency.getTargetClass().getPackageName());
                    if (target != null && !target.equals(own)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** {@code itc.renewal.points.ledger.api} → {@code points}; null outside the deployables' packages. */
    static String deployableOf(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length >= 3 && parts[0].equals("itc") && parts[1].equals("renewal") && DEPLOYABLES.contains(parts[2])
                ? parts[2] : null;
    }
}
