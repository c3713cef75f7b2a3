package io.claimwatch.localstack.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.aggregate.AggregateConfig;
import io.claimwatch.enrich.EnrichConfig;
import io.claimwatch.ingest.IngestConfig;
import io.claimwatch.platform.config.EnvConfig;
import io.claimwatch.platform.topics.TopicSpec;
import io.claimwatch.platform.topics.Topics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks {@code docker-compose.yml} and {@code docker/**} against the code, without Docker: variables the services
 * read, ports, healthchecks, restart policies, pinned images and topics ({@link MonitoringFilesTest} does
 * Prometheus and Grafana).
 */
class ComposeFileTest {

    /** Compose service name to module, for the services built from this repository. */
    private static final Map<String, String> CLAIMWATCH_SERVICES =
            Map.of("ingest", "ingest-service", "enrich", "enrich-service", "aggregate", "aggregate-service");

    /** Read by the shared logback configuration of every service (platform/src/main/resources/logback.xml). */
    private static final List<String> LOGGING_VARIABLES = List.of("LOG_FORMAT", "LOG_LEVEL");

    private static final Map<String, List<String>> VARIABLES_READ = Map.of(
            "ingest", IngestConfig.VARIABLES, "enrich", EnrichConfig.VARIABLES, "aggregate", AggregateConfig.VARIABLES);

    /** The port each service listens on when its configuration is built from the given environment. */
    private static final Map<String, Function<EnvConfig, Integer>> EFFECTIVE_PORT = Map.of(
            "ingest", env -> IngestConfig.from(withOperatorTokens(env)).httpPort(),
            "enrich", env -> EnrichConfig.from(env).httpPort(),
            "aggregate", env -> AggregateConfig.from(env).port());

    private static final Pattern PINNED_IMAGE = Pattern.compile("[^:@\\s]+(:[^:\\s]*\\d[^:\\s]*|@sha256:[0-9a-f]{64})");
    private static final Pattern TOPIC_LINE =
            Pattern.compile("(?m)^\\s*create (\\S+) (\\d+)( \"--config cleanup\\.policy=compact\")?\\s*$");

    /** What an operator adds to the compose environment (the file itself holds no ingest token). */
    private static EnvConfig withOperatorTokens(EnvConfig env) {
        return env.find("INGEST_API_TOKENS").filter(t -> !t.isBlank()).isPresent() ? env
                : env.with("INGEST_API_TOKENS", "operator-token");
    }

    private final DeploymentFiles files = DeploymentFiles.fromModuleDirectory();

    @Test
    void shouldRefuseToStartIngestWhenComposeEnvironmentHasNoTokens() {
        EnvConfig env = EnvConfig.of(DeploymentFiles.environment(services.path("ingest")));
        assertThatThrownBy(() -> IngestConfig.from(env))
                .isInstanceOf(io.claimwatch.platform.config.ConfigException.class)
                .hasMessageContaining("INGEST_API_TOKENS").hasMessageContaining("INGEST_AUTH=disabled");
    }

    @Test
    void shouldBindAllInterfacesAndGuardManagementWhenRunningInContainers() {
        Map<String, String> prefixes = Map.of("ingest", "INGEST", "enrich", "ENRICH", "aggregate", "AGGREGATE");
        JsonNode prometheus = files.yaml("docker/prometheus/prometheus.yml");
        Set<String> scrapeTokens = new TreeSet<>();
        prometheus.path("scrape_configs").forEach(job -> {
            if (job.has("authorization")) {
                scrapeTokens.add(job.path("authorization").path("credentials").asText());
            }
        });
        prefixes.forEach((name, prefix) -> {
            Map<String, String> env = DeploymentFiles.environment(services.path(name));
            assertThat(env).as(name).containsEntry(prefix + "_BIND_ADDRESS", "0.0.0.0");
            assertThat(scrapeTokens).as("Prometheus sends %s's management token", name)
                    .containsExactly(env.get(prefix + "_MANAGEMENT_TOKEN"));
        });
    }

    @Test
    void shouldKeepSchemasInKafkaWhenRegistryRestarts() {
        Map<String, String> env = DeploymentFiles.environment(services.path("registry"));
        assertThat(env).containsEntry("APICURIO_STORAGE_KIND", "kafkasql")
                .containsEntry("APICURIO_KAFKASQL_BOOTSTRAP_SERVERS", "kafka:9092");
        assertThat(fieldNames(services.path("registry").path("depends_on"))).contains("kafka");
    }
    private final JsonNode services = files.services();

    @Test
    void shouldBuildExactlyTheThreeServicesWhenComposeFileDefinesBuilds() {
        Set<String> built = new TreeSet<>();
        services.properties().forEach(e -> {
            if (e.getValue().has("build")) {
                built.add(e.getKey());
                assertThat(e.getValue().path("build").path("dockerfile").asText())
                        .isEqualTo("docker/" + CLAIMWATCH_SERVICES.get(e.getKey()) + ".Dockerfile");
                assertThat(e.getValue().path("build").path("context").asText()).isEqualTo(".");
            }
        });
        assertThat(built).isEqualTo(CLAIMWATCH_SERVICES.keySet());
    }

    @Test
    void shouldSetOnlyVariablesTheServiceReadsWhenConfiguringClaimWatchServices() {
        CLAIMWATCH_SERVICES.keySet().forEach(name -> {
            Set<String> allowed = new TreeSet<>(VARIABLES_READ.get(name));
            allowed.addAll(LOGGING_VARIABLES);
            assertThat(DeploymentFiles.environment(services.path(name)).keySet())
                    .as("environment of %s", name)
                    .isNotEmpty()
                    .allSatisfy(variable -> assertThat(variable.startsWith("KAFKA_") || allowed.contains(variable))
                            .as("%s sets %s, which %s does not read", name, variable, name)
                            .isTrue());
        });
    }

    @Test
    void shouldStartEachServiceWhenItsConfigIsBuiltFromTheComposeEnvironment() {
        CLAIMWATCH_SERVICES.keySet().forEach(name -> {
            Map<String, String> env = DeploymentFiles.environment(services.path(name));
            assertThat(env).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092").containsKey("SCHEMA_REGISTRY_URL");
            assertThat(env.get("SCHEMA_REGISTRY_URL")).startsWith("http://registry:8080/");
            assertThat(EFFECTIVE_PORT.get(name).apply(EnvConfig.of(env))).as("port of %s", name).isPositive();
        });
    }

    @Test
    void shouldPublishTheDefaultPortWhenServiceListensOnIt() {
        Map<String, Integer> defaults = defaultPorts();
        assertThat(defaults).containsEntry("ingest", IngestConfig.DEFAULT_PORT);
        CLAIMWATCH_SERVICES.forEach((name, module) -> {
            JsonNode service = services.path(name);
            int port = defaults.get(name);
            assertThat(EFFECTIVE_PORT.get(name).apply(EnvConfig.of(DeploymentFiles.environment(service))))
                    .as("%s listens on its default port", name).isEqualTo(port);
            assertThat(DeploymentFiles.containerPorts(service)).as("%s ports", name).containsExactly(port);
            assertThat(healthcheckCommand(service)).as("%s healthcheck", name).endsWith(String.valueOf(port));
            String dockerfile = files.text("docker/" + module + ".Dockerfile");
            assertThat(dockerfile).as("%s Dockerfile", module).containsPattern("(?m)^EXPOSE " + port + "$")
                    .containsPattern("(?m)^HEALTHCHECK .*\"/app/healthcheck.sh\", \"" + port + "\"\\]$");
        });
        assertThat(DeploymentFiles.environment(services.path("aggregate")))
                .containsEntry("AGGREGATE_APPLICATION_SERVER", "aggregate:" + defaults.get("aggregate"));
    }

    @Test
    void shouldRunTheShadedJarAsNonRootWhenBuildingServiceImages() {
        String parentPom = files.text("pom.xml");
        String version = firstGroup(parentPom, "<artifactId>claimwatch-parent</artifactId>\\s*<version>([^<]+)</version>");
        String classifier = firstGroup(parentPom, "<shadedClassifierName>([^<]+)</shadedClassifierName>");
        CLAIMWATCH_SERVICES.values().forEach(module -> {
            assertThat(files.text(module + "/pom.xml")).as("%s builds a shaded jar", module)
                    .contains("<artifactId>maven-shade-plugin</artifactId>").contains("<service.main.class>");
            String jar = module + "/target/" + module + "-" + version + "-" + classifier + ".jar";
            String dockerfile = files.text("docker/" + module + ".Dockerfile");
            assertThat(dockerfile).as(module)
                    .containsPattern("(?m)^FROM eclipse-temurin:21[.0-9_]+-jre$")
                    .contains(jar)
                    .containsPattern("(?m)^USER claimwatch$")
                    .containsPattern("(?m)^ENTRYPOINT \\[\"java\", .*\"-jar\", \"/app/" + module + ".jar\"\\]$");
            assertThat(files.text("docker/" + module + ".Dockerfile.dockerignore"))
                    .contains("!" + module + "/target/" + module + "-0.1.0-SNAPSHOT-all.jar")
                    .contains("!docker/healthcheck.sh");
        });
    }

    @Test
    void shouldHaveHealthcheckAndRestartPolicyWhenServiceRunsContinuously() {
        Set<String> oneShots = oneShotServices();
        assertThat(oneShots).isNotEmpty();
        services.properties().forEach(e -> {
            String name = e.getKey();
            JsonNode service = e.getValue();
            assertThat(service.path("restart").asText()).as("restart policy of %s", name).isNotEmpty();
            if (oneShots.contains(name)) {
                assertThat(service.path("restart").asText()).as("%s exits when done", name).isIn("no", "on-failure");
            } else {
                assertThat(service.path("restart").asText()).as(name).isIn("always", "unless-stopped");
                assertThat(healthcheckCommand(service)).as("healthcheck of %s", name).isNotEmpty();
            }
        });
    }

    @Test
    void shouldWaitForHealthyDependenciesWhenServiceDependsOnAnother() {
        Set<String> oneShots = oneShotServices();
        services.properties().forEach(e -> e.getValue().path("depends_on").properties().forEach(dep -> {
            assertThat(services.has(dep.getKey())).as("%s depends on %s", e.getKey(), dep.getKey()).isTrue();
            String expected = oneShots.contains(dep.getKey()) ? "service_completed_successfully" : "service_healthy";
            assertThat(dep.getValue().path("condition").asText()).as("%s -> %s", e.getKey(), dep.getKey())
                    .isEqualTo(expected);
        }));
        CLAIMWATCH_SERVICES.keySet().forEach(name ->
                assertThat(fieldNames(services.path(name).path("depends_on"))).contains("kafka-init", "registry-init"));
    }

    @Test
    void shouldPinEveryImageWhenReferencingRegistries() {
        List<String> images = new ArrayList<>();
        services.forEach(service -> images.add(service.path("image").asText()));
        CLAIMWATCH_SERVICES.values().forEach(module -> Pattern.compile("(?m)^FROM (\\S+)")
                .matcher(files.text("docker/" + module + ".Dockerfile")).results().forEach(m -> images.add(m.group(1))));
        assertThat(images).hasSize(services.size() + CLAIMWATCH_SERVICES.size())
                .allSatisfy(image -> {
                    assertThat(image).as("image").matches(PINNED_IMAGE).doesNotContain(":latest");
                });
    }

    @Test
    void shouldCreateEveryTopicWithItsSpecWhenKafkaInitRuns() {
        String script = services.path("kafka-init").path("command").get(0).asText();
        Map<String, String> created = new LinkedHashMap<>();
        Matcher m = TOPIC_LINE.matcher(script);
        while (m.find()) {
            created.put(m.group(1), m.group(2) + (m.group(3) != null ? " compact" : ""));
        }
        int partitions = Integer.parseInt(created.get(Topics.ARTICLES_RAW).split(" ")[0]);
        Map<String, String> expected = new LinkedHashMap<>();
        for (TopicSpec spec : Topics.specs(partitions)) {
            expected.put(spec.name(), spec.partitions() + (spec.compacted() ? " compact" : ""));
        }
        assertThat(created).isEqualTo(expected);
        assertThat(DeploymentFiles.environment(services.path("ingest"))).containsEntry("INGEST_CREATE_TOPICS", "false");
    }

    static Map<String, Integer> defaultPorts() {
        Map<String, Integer> ports = new HashMap<>();
        // Only the variables a config cannot do without; everything else takes its default.
        EnvConfig minimal = EnvConfig.of(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
                "SCHEMA_REGISTRY_URL", "http://registry:8080/apis/ccompat/v7"));
        EFFECTIVE_PORT.forEach((name, port) -> ports.put(name, port.apply(minimal)));
        return ports;
    }

    private Set<String> oneShotServices() {
        Set<String> oneShots = new TreeSet<>();
        services.forEach(service -> service.path("depends_on").properties().forEach(dep -> {
            if (dep.getValue().path("condition").asText().equals("service_completed_successfully")) {
                oneShots.add(dep.getKey());
            }
        }));
        return oneShots;
    }

    private static String firstGroup(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s found", regex).isTrue();
        return m.group(1);
    }

    private static String healthcheckCommand(JsonNode service) {
        List<String> parts = new ArrayList<>();
        service.path("healthcheck").path("test").forEach(p -> parts.add(p.asText()));
        return String.join(" ", parts);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
