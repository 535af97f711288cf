package itc.renewal.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, scaling out: the Kubernetes manifests (Kustomize, deploy/k8s) render, and give every service and the
 * gateway replicas, probes, resources, a disruption budget and a pinned image; docker-compose.yml pins its images
 * and {@code docker-compose config} accepts it. Needs kubectl and docker-compose (Debian's package); a missing one
 * skips its test, unless ITC_DEPLOY_TESTS names it (CI: {@code docker-compose,kubectl}), which makes it a failure.
 */
class DeploymentManifestsTest {

    private static final Path ROOT = Path.of(System.getProperty("itc.root", "..")).toAbsolutePath().normalize();
    private static final List<String> SERVICES = List.of("points-service", "renewal-service", "payment-service",
            "activity-report-service", "notification-service", "gateway");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theProductionOverlayGivesEveryServiceReplicasProbesResourcesABudgetAndAPinnedImage() throws Exception {
        Map<String, List<JsonNode>> byKind = documents(run("kubectl", "kustomize",
                ROOT.resolve("deploy/k8s/overlays/production").toString()));

        Map<String, JsonNode> deployments = byName(byKind.get("Deployment"));
        assertThat(deployments.keySet()).containsExactlyInAnyOrderElementsOf(SERVICES);
        for (JsonNode deployment : deployments.values()) {
            String name = deployment.at("/metadata/name").asText();
            assertThat(deployment.at("/metadata/namespace").asText()).isEqualTo("itc-renewal");
            assertThat(deployment.at("/spec/replicas").asInt()).as(name).isGreaterThanOrEqualTo(2);
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            assertThat(container.path("image").asText()).as(name)
                    .isEqualTo("registry.example.jp/itc-renewal/" + name + ":0.1.0");
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/actuator/health/readiness");
            assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/actuator/health/liveness");
            assertThat(container.at("/resources/requests/cpu").asText()).as(name).isNotEmpty();
            assertThat(container.at("/resources/limits/memory").asText()).as(name).isNotEmpty();
            int port = container.at("/ports/0/containerPort").asInt();
            assertThat(env(container, "SERVER_PORT")).isEqualTo(Integer.toString(port));
            assertThat(env(container, "DB_URL")).as(name).startsWith("jdbc:postgresql://$(DB_HOST)/");
            JsonNode service = byName(byKind.get("Service")).get(name);
            assertThat(service.at("/spec/ports/0/port").asInt()).as(name).isEqualTo(port);
            JsonNode budget = byName(byKind.get("PodDisruptionBudget")).get(name);
            assertThat(budget.at("/spec/minAvailable").asInt()).as(name).isEqualTo(1);
            assertThat(budget.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText()).as(name)
                    .isEqualTo(deployment.at("/spec/template/metadata/labels/app.kubernetes.io~1name").asText())
                    .isEqualTo(name);
        }
        assertThat(deployments.get("gateway").at("/spec/replicas").asInt()).isEqualTo(3);
        JsonNode config = byKind.get("ConfigMap").get(0);
        assertThat(config.at("/data/DB_HOST").asText()).isEqualTo("itc-postgres-rw:5432");
        assertThat(config.at("/data/KAFKA_BOOTSTRAP_SERVERS").asText()).contains("kafka-0", "kafka-1", "kafka-2");
    }

    @Test
    void composePinsEveryImageAndDockerComposeAcceptsIt() throws Exception {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        Matcher image = Pattern.compile("(?m)^\\s+image:\\s*(\\S+)").matcher(compose);
        List<String> images = new ArrayList<>();
        while (image.find()) {
            images.add(image.group(1));
        }
        assertThat(images).hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(name -> assertThat(name).matches(".+:v?\\d+(\\.\\d+)+"));

        String rendered = run(Map.of("IDENTITY_SECRET", "s", "STORE_CALLBACK_SECRET", "s",
                "REPORT_KEY_ENCRYPTION_KEY", "s", "VERIFICATION_SECRET", "s"), "docker-compose", "-f",
                ROOT.resolve("docker-compose.yml").toString(), "config");
        JsonNode services = YAML.readTree(rendered).path("services");
        for (String service : SERVICES) {
            assertThat(services.at("/" + service + "/image").asText()).isEqualTo("itc-renewal/" + service + ":0.1.0");
        }
    }

    private static String env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable.path("value").asText();
            }
        }
        return null;
    }

    private static Map<String, JsonNode> byName(List<JsonNode> documents) {
        Map<String, JsonNode> named = new HashMap<>();
        documents.forEach(d -> named.put(d.at("/metadata/name").asText(), d));
        return named;
    }

    private static Map<String, List<JsonNode>> documents(String yaml) throws IOException {
        Map<String, List<JsonNode>> byKind = new HashMap<>();
        try (YAMLParser parser = new YAMLFactory().createParser(yaml)) {
            for (JsonNode document : YAML.readValues(parser, JsonNode.class).readAll()) {
                byKind.computeIfAbsent(document.path("kind").asText(), k -> new ArrayList<>()).add(document);
            }
        }
        return byKind;
    }

    private static String run(String... command) throws Exception {
        return run(Map.of(), command);
    }

    private static String run(Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException missing) {
            String required = System.getenv().getOrDefault("ITC_DEPLOY_TESTS", "");
            Assumptions.assumeTrue(List.of(required.split(",")).contains(command[0]),
                    command[0] + " is not installed");
            throw missing;
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + err).isZero();
        return out;
    }
}
