package itc.renewal.platformtest;

import itc.renewal.platform.problem.ProblemCodes;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the OpenAPI document's problem codes true to the code: every code a module's main sources raise (the code
 * argument of {@code Rejection.badInput/forbidden/notFound/conflict/unprocessable}, {@code new Rejection(status, …)}
 * and {@code new InvalidFields(…)}) is listed in some {@link ProblemCodes} of the module's controllers, unless the
 * module raises it only where no HTTP client sees it (named with the reason); and each listed entry reads
 * {@code "<status> <code>"} with the status the sources raise it with.
 */
public final class ProblemCodesCoverage {

    private static final Pattern RAISED = Pattern.compile(
            "(?:Rejection\\.(badInput|forbidden|notFound|conflict|unprocessable)\\(|new Rejection\\(\\s*(\\d{3})\\s*,"
                    + "|new InvalidFields\\()\\s*\"([a-z][a-z-]*\\.[a-z0-9.-]+)\"");
    private static final Map<String, String> STATUS = Map.of("badInput", "400", "forbidden", "403",
            "notFound", "404", "conflict", "409", "unprocessable", "422");

    private ProblemCodesCoverage() {
    }

    /**
     * @param basePackage the module's package, whose controllers are read
     * @param notOverHttp codes raised only off the public API (an /internal path, a Kafka listener), with why
     */
    public static void check(String basePackage, Map<String, String> notOverHttp) {
        Map<String, Set<String>> raised = raised(Path.of("src", "main", "java"));
        Map<String, Set<String>> listed = listed(basePackage);
        Map<String, Set<String>> missing = new TreeMap<>(raised);
        missing.keySet().removeAll(listed.keySet());
        missing.keySet().removeAll(notOverHttp.keySet());
        assertThat(missing).as("problem codes raised in %s but listed in no @ProblemCodes (status: codes)",
                basePackage).isEmpty();
        raised.forEach((code, statuses) -> {
            if (listed.containsKey(code)) {
                assertThat(statuses).as("the statuses %s is raised with", code).containsAll(listed.get(code));
            }
        });
    }

    /** code → statuses, as the sources raise them ({@code new InvalidFields} is 400). */
    static Map<String, Set<String>> raised(Path sources) {
        Map<String, Set<String>> raised = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = RAISED.matcher(Files.readString(file));
                while (matcher.find()) {
                    String status = matcher.group(1) != null ? STATUS.get(matcher.group(1))
                            : matcher.group(2) != null ? matcher.group(2) : "400";
                    raised.computeIfAbsent(matcher.group(3), code -> new TreeSet<>()).add(status);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return raised;
    }

    /** code → statuses, as the controllers' {@link ProblemCodes} list them. */
    static Map<String, Set<String>> listed(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        Map<String, Set<String>> listed = new TreeMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            add(type.getAnnotation(ProblemCodes.class), type.getName(), listed);
            for (Method method : type.getDeclaredMethods()) {
                add(method.getAnnotation(ProblemCodes.class), type.getName() + "#" + method.getName(), listed);
            }
        }
        return listed;
    }

    private static void add(ProblemCodes codes, String where, Map<String, Set<String>> listed) {
        if (codes == null) {
            return;
        }
        for (String entry : codes.value()) {
            assertThat(entry).as("@ProblemCodes of %s", where).matches("[45]\\d\\d [a-z][a-z-]*\\.[a-z0-9.-]+");
            String[] parts = entry.split(" ");
            listed.computeIfAbsent(parts[1], code -> new TreeSet<>()).add(parts[0]);
        }
    }
}
