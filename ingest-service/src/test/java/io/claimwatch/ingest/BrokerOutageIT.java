package io.claimwatch.ingest;

import io.claimwatch.platform.testing.KafkaStack;
import io.claimwatch.platform.testing.KafkaStackExtension;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(KafkaStackExtension.class)
class BrokerOutageIT {

    @Test
    void shouldAnswer503AndAcceptNothingWhenBrokerStopped(KafkaStack stack) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String batch = """
                [{"url": "https://example.org/outage/%1$s/1", "title": "One", "body": "b"},
                 {"url": "https://example.org/outage/%1$s/2", "title": "Two", "body": "b"}]""".formatted(tag);
        String single = "{\"url\": \"https://example.org/outage/%s/3\", \"title\": \"Three\", \"body\": \"b\"}".formatted(tag);
        try (IngestService.Running service = IngestService.start(TestConfigs.forStack(stack, List.of()))) {
            IngestHttp http = new IngestHttp(service.port(), null);
            assertThat(http.postJson("{\"title\": \"before %s\", \"body\": \"b\"}".formatted(tag)).status()).isEqualTo(201);

            stack.kafka().stop();
            IngestHttp.Reply batchReply;
            IngestHttp.Reply singleReply;
            IngestHttp.Reply deleteReply;
            try {
                batchReply = http.postJson(batch);
                singleReply = http.postJson(single);
                deleteReply = http.delete("https://example.org/outage/" + tag + "/never");
            } finally {
                stack.kafka().restart();
            }
            for (IngestHttp.Reply reply : List.of(batchReply, singleReply)) {
                assertThat(reply.status()).as(reply.text()).isEqualTo(503);
                assertThat(reply.raw().headers().firstValue("Retry-After")).hasValue(Integer.toString(TestConfigs.RETRY_AFTER_SECONDS));
                assertThat(reply.json().get("error").asText()).isEqualTo("unavailable");
                assertThat(reply.json().has("results")).isFalse();
            }
            assertThat(deleteReply.status()).as("unknown id needs no broker").isEqualTo(404);

            IngestHttp.Reply[] retried = new IngestHttp.Reply[1];
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                retried[0] = http.postJson(batch);
                assertThat(retried[0].status()).isEqualTo(201);
            });
            assertThat(retried[0].json().get("results").get(0).get("status").asText())
                    .as("nothing from the failed batch was recorded as accepted").isEqualTo("created");
            assertThat(retried[0].json().get("results").get(1).get("version").asInt()).isEqualTo(1);
            try (TopicReader<Article> raw = new TopicReader<>(stack, Topics.ARTICLES_RAW, Article.class)) {
                raw.awaitForKey("https://example.org/outage/" + tag + "/1", 1);
                raw.awaitForKey("https://example.org/outage/" + tag + "/2", 1);
                assertThat(raw.forKey("https://example.org/outage/" + tag + "/3")).isEmpty();
            }
        }
    }
}
