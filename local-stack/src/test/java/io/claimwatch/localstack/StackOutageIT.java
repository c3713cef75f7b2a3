package io.claimwatch.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimwatch.localstack.articles.ArticleGenerator;
import io.claimwatch.localstack.articles.GeneratedArticle;
import io.claimwatch.localstack.processes.ServiceKind;
import io.claimwatch.platform.testing.RegistryProxy;
import io.claimwatch.platform.testing.TopicReader;
import io.claimwatch.platform.topics.Topics;

/**
 * A generated story replayed through the whole real stack three times: undisturbed, with the broker stopped and
 * restarted (same log directory) while articles flow, and with the registry unreachable for enrich and aggregate
 * when the first articles arrive. Both disturbed runs end exactly as the undisturbed one ({@link RunSummary}: the
 * same claims by text with the same verdicts and fact counts, the same (claim, article) pairs, the same committed
 * evidence records); during the registry outage the stream stage pauses (nothing enriched, nothing dead-lettered)
 * and {@code /health/ready} of both stream services answers 503 with {@code registry: DOWN}; once the registry is
 * back the stage resumes within the Streams session timeout ({@code StreamsDefaults}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StackOutageIT {
    private static final int PARTITIONS = 3;
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(3);
    private final List<GeneratedArticle> story = new ArticleGenerator(11).generate(30);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private RunSummary undisturbed;

    @BeforeAll
    void replayUndisturbed() throws Exception {
        try (LocalStack stack = LocalStack.start(StackPorts.fromBase(0), PARTITIONS)) {
            List<String> ids = new StoryFeeder(stack.ports().ingest()).feed(story, Duration.ZERO, () -> { });
            undisturbed = RunSummary.collect(stack.bootstrapServers(), stack.registryUrl(), ids, DRAIN_TIMEOUT);
        }
        assertThat(undisturbed.verdicts()).as("claims of the undisturbed run").isNotEmpty();
    }

    @Test
    void shouldEndAsTheUndisturbedRunWhenTheBrokerRestartsWhileArticlesFlow() throws Exception {
        try (LocalStack stack = LocalStack.start(StackPorts.fromBase(0), PARTITIONS)) {
            AtomicInteger posted = new AtomicInteger();
            CompletableFuture<Void> bounce = new CompletableFuture<>();
            List<String> ids = new StoryFeeder(stack.ports().ingest()).feed(story, Duration.ofMillis(100), () -> {
                if (posted.incrementAndGet() == story.size() / 3) {
                    CompletableFuture.runAsync(() -> {
                        stack.broker().stop();
                        pause(Duration.ofSeconds(2));
                        stack.broker().restart();
                    }).whenComplete((done, error) -> complete(bounce, error));
                }
            });
            bounce.get();
            assertThat(stack.broker().isRunning()).isTrue();

            RunSummary bounced = RunSummary.collect(stack.bootstrapServers(), stack.registryUrl(), ids, DRAIN_TIMEOUT);

            assertThat(bounced).isEqualTo(undisturbed);
            assertThat(deadLetters(stack)).as("dead letters after a broker restart").isZero();
        }
    }

    @Test
    void shouldPauseShowTheRegistryDownAndEndAsTheUndisturbedRunWhenTheRegistryIsUnreachable() throws Exception {
        try (LocalStack stack = LocalStack.startWithRegistryProxy(StackPorts.fromBase(0), PARTITIONS,
                EnumSet.of(ServiceKind.ENRICH, ServiceKind.AGGREGATE))) {
            RegistryProxy registryForStreams = stack.registryProxy().orElseThrow();
            registryForStreams.cut();
            // ingest still reaches the registry: the articles are accepted with a schema id enrich has never seen
            List<String> ids = new StoryFeeder(stack.ports().ingest()).feed(story, Duration.ZERO, () -> { });

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertRegistryDown(stack.ports().enrich());
                assertRegistryDown(stack.ports().aggregate());
            });
            pause(Duration.ofSeconds(3)); // enrich has read the first article by now and failed to decode it
            assertThat(records(stack, Topics.ARTICLES_ENRICHED)).as("enriched while the registry is unreachable").isZero();
            assertThat(deadLetters(stack)).as("dead letters while the registry is unreachable").isZero();

            registryForStreams.restore();
            // the paused stage resumes within one Streams session timeout (10 s) plus the backoff, not the 45 s default
            int articles = new HashSet<>(ids).size();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(records(stack, Topics.ARTICLES_ENRICHED)).isGreaterThanOrEqualTo(articles));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(readiness(stack.ports().enrich()).statusCode()).isEqualTo(200);
                assertThat(readiness(stack.ports().aggregate()).statusCode()).isEqualTo(200);
            });
            RunSummary recovered = RunSummary.collect(stack.bootstrapServers(), stack.registryUrl(), ids, DRAIN_TIMEOUT);

            assertThat(recovered).isEqualTo(undisturbed);
            assertThat(deadLetters(stack)).as("dead letters after the registry came back").isZero();
        }
    }

    private void assertRegistryDown(int port) throws Exception {
        HttpResponse<String> ready = readiness(port);
        assertThat(ready.statusCode()).isEqualTo(503);
        JsonNode body = json.readTree(ready.body());
        assertThat(body.path("status").asText()).isEqualTo("DOWN");
        assertThat(body.path("checks").path("registry").asText()).as(ready.body()).isEqualTo("DOWN");
    }

    private HttpResponse<String> readiness(int port) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int deadLetters(LocalStack stack) {
        int count = 0;
        for (String topic : List.of(Topics.ENRICH_DEAD_LETTER, Topics.ENRICH_DEAD_LETTER_RAW,
                Topics.AGGREGATE_DEAD_LETTER, Topics.AGGREGATE_DEAD_LETTER_RAW, Topics.ARTICLES_REJECTED)) {
            count += records(stack, topic);
        }
        return count;
    }

    private static int records(LocalStack stack, String topic) {
        try (TopicReader reader = new TopicReader(stack.bootstrapServers(), topic)) {
            return reader.catchUp().size();
        }
    }

    private static void complete(CompletableFuture<Void> future, Throwable error) {
        if (error == null) {
            future.complete(null);
        } else {
            future.completeExceptionally(error);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
