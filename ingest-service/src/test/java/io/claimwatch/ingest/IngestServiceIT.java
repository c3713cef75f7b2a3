package io.claimwatch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.platform.testing.KafkaStack;
import io.claimwatch.platform.testing.KafkaStackExtension;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.Article;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(KafkaStackExtension.class)
class IngestServiceIT {

    private static IngestService.Running service;
    private static IngestHttp http;
    private static TopicReader<Article> raw;

    @BeforeAll
    static void start(KafkaStack stack) {
        service = IngestService.start(TestConfigs.forStack(stack, List.of()));
        http = new IngestHttp(service.port(), null);
        raw = new TopicReader<>(stack, Topics.ARTICLES_RAW, Article.class);
    }

    @AfterAll
    static void stop() {
        raw.close();
        service.close();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldWriteArticleKeyedByNormalizedUrlWhenPostedWithUrl() throws Exception {
        String tag = unique();
        IngestHttp.Reply reply = http.postJson("""
                {"url": "HTTPS://News.Example.ORG/world/%s?utm_source=feed&b=2&a=1#comments",
                 "publisher": "Example Gazette", "publishedAt": "2024-11-10T20:30:00+02:00",
                 "title": "  Council   approves budget ", "body": "<p>The council <b>approved</b> it.</p><p>Second\\u0007 part.</p>",
                 "language": "en-GB", "author": "Jo Reporter", "source": "cms-1"}
                """.formatted(tag));

        String id = "https://news.example.org/world/" + tag + "?a=1&b=2";
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        assertThat(reply.json().get("id").asText()).isEqualTo(id);
        assertThat(reply.json().get("version").asInt()).isEqualTo(1);
        assertThat(reply.json().get("status").asText()).isEqualTo("created");

        List<ConsumerRecord<String, Article>> records = raw.awaitForKey(id, 1);
        Article article = records.getFirst().value();
        assertThat(article.getId()).isEqualTo(id);
        assertThat(article.getUrl()).isEqualTo(id);
        assertThat(article.getVersion()).isEqualTo(1);
        assertThat(article.getPublisher()).isEqualTo("Example Gazette");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2024-11-10T18:30:00Z"));
        assertThat(article.getTitle()).isEqualTo("Council approves budget");
        assertThat(article.getBody()).isEqualTo("The council approved it.\nSecond part.");
        assertThat(article.getLanguage()).isEqualTo("en-GB");
        assertThat(article.getAuthor()).isEqualTo("Jo Reporter");
        assertThat(article.getSourceSystem()).isEqualTo("cms-1");
        assertThat(article.getContentHash()).hasSize(64);

        IngestHttp.Reply got = http.getArticle(id);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().get("title").asText()).isEqualTo("Council approves budget");
        assertThat(got.json().get("publishedAt").asText()).isEqualTo("2024-11-10T18:30:00Z");
    }

    @Test
    void shouldUseContentHashIdWhenNoUrlAndSameIdWhenOnlyWhitespaceDiffers() throws Exception {
        String tag = unique();
        IngestHttp.Reply first = http.postJson("{\"title\": \"Storm %s\", \"body\": \"Rain  fell.\"}".formatted(tag));
        IngestHttp.Reply again = http.postJson("{\"title\": \" Storm %s \", \"body\": \"Rain fell. \"}".formatted(tag));

        assertThat(first.status()).isEqualTo(201);
        String id = first.json().get("id").asText();
        assertThat(id).startsWith("sha256:").hasSize("sha256:".length() + 64);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asText()).isEqualTo(id);
        assertThat(again.json().get("status").asText()).isEqualTo("unchanged");
        assertThat(raw.awaitForKey(id, 1));
    }

    @Test
    void shouldWriteNoRecordWhenUnchangedAndNextVersionWhenChanged() throws Exception {
        String url = "https://example.net/story/" + unique();
        String v1 = "{\"url\": \"%s\", \"title\": \"Bridge closes\", \"body\": \"The bridge closed today.\"}".formatted(url);
        String v2 = "{\"url\": \"%s?utm_medium=x\", \"title\": \"Bridge closes\", \"body\": \"The bridge closed today at noon.\"}".formatted(url);

        assertThat(http.postJson(v1).json().get("version").asInt()).isEqualTo(1);
        IngestHttp.Reply unchanged = http.postJson(v1);
        assertThat(unchanged.status()).isEqualTo(200);
        assertThat(unchanged.json().get("status").asText()).isEqualTo("unchanged");
        assertThat(raw.awaitForKey(url, 1));

        IngestHttp.Reply changed = http.postJson(v2);
        assertThat(changed.status()).isEqualTo(201);
        assertThat(changed.json().get("status").asText()).isEqualTo("updated");
        assertThat(changed.json().get("version").asInt()).isEqualTo(2);
        List<ConsumerRecord<String, Article>> records = raw.awaitForKey(url, 2);
        assertThat(records).extracting(r -> r.value().getVersion()).containsExactly(1, 2);
        assertThat(records.get(1).value().getBody()).isEqualTo("The bridge closed today at noon.");
        assertThat(http.getArticle(url).json().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void shouldWriteTombstoneWhenDeletedAnd404WhenUnknown() throws Exception {
        String url = "https://example.net/retract/" + unique();
        http.postJson("{\"url\": \"%s\", \"title\": \"Wrong report\", \"body\": \"Text.\"}".formatted(url));

        IngestHttp.Reply deleted = http.delete(url);
        assertThat(deleted.status()).isEqualTo(202);
        assertThat(deleted.json().get("status").asText()).isEqualTo("retracted");
        List<ConsumerRecord<String, Article>> records = raw.awaitForKey(url, 2);
        assertThat(records.get(1).value()).isNull();
        assertThat(http.getArticle(url).status()).isEqualTo(410);

        assertThat(http.delete("https://example.net/never/" + unique()).status()).isEqualTo(404);
        IngestHttp.Reply unknownGet = http.getArticle("https://example.net/never/" + unique());
        assertThat(unknownGet.status()).isEqualTo(404);
        assertThat(unknownGet.json().get("error").asText()).isEqualTo("not_found");

        IngestHttp.Reply resent = http.postJson("{\"url\": \"%s\", \"title\": \"Wrong report\", \"body\": \"Text.\"}".formatted(url));
        assertThat(resent.json().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void shouldDeleteByPathWhenIdIsContentHash() throws Exception {
        String id = http.postJson("{\"title\": \"Path delete %s\", \"body\": \"b\"}".formatted(unique())).json().get("id").asText();
        assertThat(http.get("/articles/" + id).status()).isEqualTo(200);
        assertThat(http.deletePath("/articles/" + id).status()).isEqualTo(202);
        assertThat(raw.awaitForKey(id, 2)).last().extracting(ConsumerRecord::value).isNull();
    }

    @Test
    void shouldAnswer207WithPerItemResultsWhenSomeBatchItemsFail() throws Exception {
        String tag = unique();
        IngestHttp.Reply reply = http.postJson("""
                [{"url": "https://example.com/b/%1$s/1", "title": "One", "body": "b"},
                 {"url": "ftp://bad", "title": "Two", "body": "b"},
                 {"url": "https://example.com/b/%1$s/3", "title": "Three", "body": "b"}]
                """.formatted(tag));

        assertThat(reply.status()).isEqualTo(207);
        assertThat(reply.json().get("accepted").asInt()).isEqualTo(2);
        assertThat(reply.json().get("rejected").asInt()).isEqualTo(1);
        JsonNode results = reply.json().get("results");
        assertThat(results.get(0).get("status").asText()).isEqualTo("created");
        assertThat(results.get(1).get("status").asText()).isEqualTo("rejected");
        assertThat(results.get(1).get("error").asText()).isEqualTo("invalid_url");
        assertThat(results.get(1).get("field").asText()).isEqualTo("url");
        assertThat(raw.awaitForKey("https://example.com/b/" + tag + "/1", 1));
        assertThat(raw.awaitForKey("https://example.com/b/" + tag + "/3", 1));
    }

    @Test
    void shouldAcceptEveryLineWhenNdjsonIsValid() throws Exception {
        String tag = unique();
        String ndjson = """
                {"url": "https://example.com/n/%1$s/1", "title": "A", "body": "a"}

                {"url": "https://example.com/n/%1$s/2", "title": "B", "body": "b"}
                """.formatted(tag);
        IngestHttp.Reply reply = http.post("application/x-ndjson", ndjson.getBytes());
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        assertThat(reply.json().get("accepted").asInt()).isEqualTo(2);
        assertThat(raw.awaitForKey("https://example.com/n/" + tag + "/2", 1));
    }

    @Test
    void shouldPublishProducerMetricsWhenNothingWrittenYet(KafkaStack stack) throws Exception {
        try (IngestService.Running fresh = IngestService.start(TestConfigs.forStack(stack, List.of()))) {
            assertThat(new IngestHttp(fresh.port(), null).get("/metrics").text()).contains("kafka_producer_");
        }
    }

    @Test
    void shouldServeHealthMetricsAndOpenApiWhenRunning() throws Exception {
        http.postJson("{\"title\": \"Metric %s\", \"body\": \"b\"}".formatted(unique()));
        http.postJson("{broken");

        assertThat(http.get("/health/live").status()).isEqualTo(200);
        assertThat(http.get("/health/ready").status()).isEqualTo(200);
        String metrics = http.get("/metrics").text();
        assertThat(metrics).contains("ingest_articles_accepted_total{")
                .contains("ingest_articles_rejected_total{")
                .contains("reason=\"malformed_json\"")
                .contains("ingest_request_bytes")
                .contains("ingest_produce_latency_seconds")
                .contains("kafka_producer_");
        IngestHttp.Reply openApi = http.get("/openapi.json");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().get("paths").has("/articles")).isTrue();
    }
}
