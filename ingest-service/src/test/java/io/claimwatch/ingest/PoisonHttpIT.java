package io.claimwatch.ingest;

import io.claimwatch.ingest.PoisonCorpus.Case;
import io.claimwatch.platform.testing.KafkaStack;
import io.claimwatch.platform.testing.KafkaStackExtension;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.Article;
import io.claimwatch.schemas.RejectedArticle;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest poison corpus ({@link PoisonCorpus}) against a running service on the real broker and registry: each
 * adversarial body gets its status with a JSON body (an error code when refused), exactly the expected dead letters,
 * accepted text arrives cleaned (no control, zero-width or bidi characters), the service stays ready, and an
 * ordinary article sent right after is accepted and readable in {@code news.articles.raw}.
 */
@ExtendWith(KafkaStackExtension.class)
class PoisonHttpIT {

    private static IngestService.Running service;
    private static IngestHttp http;
    private static TopicReader<Article> raw;
    private static TopicReader<RejectedArticle> rejected;

    @BeforeAll
    static void start(KafkaStack stack) {
        service = IngestService.start(TestConfigs.forStack(stack, List.of()));
        http = new IngestHttp(service.port(), null);
        raw = new TopicReader<>(stack, Topics.ARTICLES_RAW, Article.class);
        rejected = new TopicReader<>(stack, Topics.ARTICLES_REJECTED, RejectedArticle.class);
    }

    @AfterAll
    static void stop() {
        raw.close();
        rejected.close();
        service.close();
    }

    static List<Case> corpus() {
        return PoisonCorpus.all();
    }

    @Test
    void shouldHoldAtLeastFortyCasesWhenCorpusIsBuilt() {
        assertThat(PoisonCorpus.all()).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void shouldAnswerDeadLetterAndStayReadyWhenInputIsAdversarial(Case poison) throws Exception {
        Map<TopicPartition, Long> rawMark = raw.mark();
        Map<TopicPartition, Long> rejectedMark = rejected.mark();

        IngestHttp.Reply reply = http.post(poison.contentType(), poison.body());

        assertThat(reply.status()).as(reply.text()).isEqualTo(poison.status());
        assertThat(reply.json()).as("JSON body: " + reply.text()).isNotNull();
        if (poison.error() != null) {
            assertThat(reply.json().get("error").asText()).isEqualTo(poison.error());
            assertThat(reply.json().get("message").asText()).isNotBlank();
        }
        List<String> reasons = rejected.awaitSince(rejectedMark, poison.deadLetters().size()).stream()
                .map(r -> r.value().getReason()).toList();
        assertThat(reasons).containsExactlyInAnyOrderElementsOf(poison.deadLetters());
        List<ConsumerRecord<String, Article>> accepted = raw.awaitSince(rawMark, poison.acceptedArticles());
        for (ConsumerRecord<String, Article> record : accepted) {
            assertThat(record.value().getTitle() + record.value().getBody())
                    .doesNotContainPattern("[\\p{Cc}&&[^\\n]]|[\\u200B-\\u200D\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
        }

        assertThat(http.get("/health/ready").status()).isEqualTo(200);
        assertOrdinaryArticleAccepted();
    }

    @Test
    void shouldRefuseWithBodyTooLargeWhenRecordWouldExceedBrokerLimit(KafkaStack stack) throws Exception {
        try (IngestService.Running large = IngestService.start(TestConfigs.forStack(stack, List.of(), 1 << 20, 4 << 20))) {
            IngestHttp client = new IngestHttp(large.port(), null);
            Map<TopicPartition, Long> rejectedMark = rejected.mark();
            String body = "word ".repeat((1 << 20) / 5 - 10);
            IngestHttp.Reply reply = client.postJson("{\"title\": \"Near the limit\", \"author\": \"" + "a".repeat(900)
                    + "\", \"publisher\": \"" + "p".repeat(900) + "\", \"body\": \"" + body + "\"}");
            // Within the 1 MiB body limit, but the whole record would pass the broker's 1 MiB message limit.
            assertThat(reply.status()).as(reply.text()).isEqualTo(413);
            assertThat(reply.json().get("error").asText()).isEqualTo("body_too_large");
            assertThat(reply.json().get("message").asText()).contains("record limit");
            assertThat(rejected.awaitSince(rejectedMark, 1).getFirst().value().getReason()).isEqualTo("body_too_large");
            assertThat(client.get("/health/ready").status()).isEqualTo(200);
        }
        assertOrdinaryArticleAccepted();
    }

    private static void assertOrdinaryArticleAccepted() throws Exception {
        String url = "https://example.org/after-poison/" + UUID.randomUUID();
        Map<TopicPartition, Long> mark = raw.mark();
        IngestHttp.Reply reply = http.postJson("{\"url\": \"" + url + "\", \"title\": \"Council approves budget\", "
                + "\"body\": \"The council approved the budget on Tuesday, the mayor said.\"}");
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        List<ConsumerRecord<String, Article>> written = raw.awaitSince(mark, 1);
        assertThat(written.getFirst().key()).isEqualTo(url);
        assertThat(written.getFirst().value().getBody()).isEqualTo("The council approved the budget on Tuesday, the mayor said.");
    }
}
