package io.claimwatch.localstack.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * End to end on Docker: starts {@code docker-compose.yml} (images built from the service jars of this build) with
 * the host's {@code docker compose}, posts one of the bundled demo articles to ingest-service and waits until
 * aggregate-service lists a claim. Runs only with {@code ./mvnw -Pdocker verify}; see {@code docs/deployment.md}.
 */
class ComposeStackDockerComposeCheck {

    private static final int INGEST_PORT = 8081;
    private static final String INGEST_TOKEN = "compose-check-token";
    private static final int AGGREGATE_PORT = 8080;
    private static final Duration STARTUP = Duration.ofMinutes(6);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static ComposeContainer compose;

    @BeforeAll
    static void startStack() {
        Path composeFile = Path.of("..", "docker-compose.yml").toAbsolutePath().normalize();
        compose = new ComposeContainer("claimwatch-check", List.of(composeFile.toFile()))
                .withBuild(true)
                .withRemoveVolumes(true)
                // Ingest refuses to start without tokens (docs/security.md); an operator sets them like this.
                .withEnv("INGEST_API_TOKENS", INGEST_TOKEN)
                .withExposedService("ingest", INGEST_PORT,
                        Wait.forHttp("/health/ready").forStatusCode(200).withStartupTimeout(STARTUP))
                .withExposedService("aggregate", AGGREGATE_PORT,
                        Wait.forHttp("/health/ready").forStatusCode(200).withStartupTimeout(STARTUP));
        compose.start();
    }

    @AfterAll
    static void stopStack() {
        if (compose != null) {
            compose.stop();
        }
    }

    @Test
    void shouldListAClaimWhenAnArticleIsPostedToTheComposeStack() throws Exception {
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(url("ingest", INGEST_PORT, "/articles"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + INGEST_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(demoArticle()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isBetween(200, 202);

        URI claims = url("aggregate", AGGREGATE_PORT, "/claims");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            HttpResponse<String> listed = HTTP.send(HttpRequest.newBuilder(claims).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(listed.statusCode()).isEqualTo(200);
            JsonNode page = JSON.readTree(listed.body());
            assertThat(page.path("items").size()).as(listed.body()).isPositive();
        });
    }

    private static URI url(String service, int port, String path) {
        return URI.create("http://" + compose.getServiceHost(service, port) + ":"
                + compose.getServicePort(service, port) + path);
    }

    private static byte[] demoArticle() throws IOException {
        try (InputStream in = ComposeStackDockerComposeCheck.class.getResourceAsStream("/demo/01-port-authority.json")) {
            assertThat(in).as("bundled demo article").isNotNull();
            return in.readAllBytes();
        }
    }
}
