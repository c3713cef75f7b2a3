package io.claimwatch.ingest;

import io.claimwatch.platform.testing.KafkaStack;
import io.claimwatch.platform.testing.KafkaStackExtension;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.Article;
import io.claimwatch.schemas.RejectedArticle;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Each bad input gets its 4xx status, a JSON {@code {error, field, message}}, exactly one dead letter on
 * {@code news.articles.rejected} with the same reason, and nothing on {@code news.articles.raw}.
 */
@ExtendWith(KafkaStackExtension.class)
class BadInputIT {

    private static final String JSON = "application/json";
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

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] article(String fields) {
        return utf8("{\"title\": \"Headline\", \"body\": \"Some text.\", " + fields + "}");
    }

    static Stream<Arguments> badInputs() {
        String future = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        byte[] invalidUtf8 = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        String bigBody = "x".repeat(TestConfigs.MAX_BODY_BYTES + 1);
        String oversizeRequest = "{\"title\": \"T\", \"body\": \"" + "y".repeat(TestConfigs.MAX_REQUEST_BYTES) + "\"}";
        String tooManyItems = IntStream.range(0, TestConfigs.MAX_BATCH_ITEMS + 1)
                .mapToObj(i -> "{\"title\": \"t" + i + "\"}").collect(Collectors.joining(",", "[", "]"));
        return Stream.of(
                arguments("malformed JSON", JSON, utf8("{\"title\": \"unterminated\""), 400, "malformed_json", null),
                arguments("title is a number", JSON, utf8("{\"title\": 42, \"body\": \"b\"}"), 400, "wrong_type", "title"),
                arguments("publishedAt is a number", JSON, article("\"publishedAt\": 1731264000000"), 400, "wrong_type", "publishedAt"),
                arguments("top-level string", JSON, utf8("\"just text\""), 400, "not_an_object", null),
                arguments("unknown field", JSON, article("\"headline\": \"typo\""), 400, "unknown_field", "headline"),
                arguments("empty title and body", JSON, utf8("{\"title\": \"  \", \"body\": \"\"}"), 422, "empty_content", "body"),
                arguments("HTML-only and control-only content", JSON, utf8("{\"title\": \"\\u0000\\u0007\", \"body\": \"<p> </p><br>\"}"), 422, "empty_content", "body"),
                arguments("body over the limit", JSON, utf8("{\"title\": \"T\", \"body\": \"" + bigBody + "\"}"), 413, "body_too_large", "body"),
                arguments("invalid UTF-8", JSON, invalidUtf8, 400, "invalid_utf8", null),
                arguments("URL with ftp scheme", JSON, article("\"url\": \"ftp://example.com/a\""), 422, "invalid_url", "url"),
                arguments("URL that is not a URL", JSON, article("\"url\": \"not a url\""), 422, "invalid_url", "url"),
                arguments("publishedAt not ISO-8601", JSON, article("\"publishedAt\": \"yesterday at 5\""), 422, "invalid_published_at", "publishedAt"),
                arguments("publishedAt far in the future", JSON, article("\"publishedAt\": \"" + future + "\""), 422, "published_in_future", "publishedAt"),
                arguments("invalid language tag", JSON, article("\"language\": \"english please\""), 422, "invalid_language", "language"),
                arguments("title over 1000 characters", JSON, utf8("{\"title\": \"" + "t".repeat(1001) + "\"}"), 422, "field_too_long", "title"),
                arguments("unknown content type", "text/plain", article(""), 415, "unsupported_media_type", null),
                arguments("non-UTF-8 charset", "application/json; charset=ISO-8859-1", article("\"author\": \"x\""), 415, "unsupported_media_type", null),
                arguments("missing content type", null, article("\"author\": \"y\""), 415, "unsupported_media_type", null),
                arguments("request over the HTTP limit", JSON, utf8(oversizeRequest), 413, "request_too_large", null),
                arguments("empty request body", JSON, new byte[0], 400, "empty_request", null),
                arguments("empty JSON array", JSON, utf8("[]"), 400, "empty_batch", null),
                arguments("batch over the item limit", JSON, utf8(tooManyItems), 413, "batch_too_large", null),
                arguments("NDJSON with only blank lines", "application/x-ndjson", utf8("\n \n"), 400, "empty_request", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void shouldRefuseWithStatusJsonErrorAndDeadLetterWhenInputIsBad(String name, String contentType, byte[] body,
                                                                    int status, String error, String field) throws Exception {
        Map<TopicPartition, Long> rawMark = raw.mark();
        Map<TopicPartition, Long> rejectedMark = rejected.mark();

        IngestHttp.Reply reply = http.post(contentType, body);

        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.json()).as("JSON error body: " + reply.text()).isNotNull();
        assertThat(reply.json().get("error").asText()).isEqualTo(error);
        assertThat(reply.json().get("message").asText()).isNotBlank();
        if (field == null) {
            assertThat(reply.json().get("field").isNull()).isTrue();
        } else {
            assertThat(reply.json().get("field").asText()).isEqualTo(field);
        }

        List<ConsumerRecord<String, RejectedArticle>> deadLetters = rejected.awaitSince(rejectedMark, 1);
        RejectedArticle dead = deadLetters.getFirst().value();
        assertThat(dead.getReason()).isEqualTo(error);
        assertThat(dead.getField()).isEqualTo(field);
        assertThat(dead.getMessage()).isEqualTo(reply.json().get("message").asText());
        assertThat(dead.getChannel()).isEqualTo("http");
        assertThat(dead.getRawPayload().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(TestConfigs.DEAD_LETTER_PAYLOAD_BYTES);
        if (body.length <= TestConfigs.DEAD_LETTER_PAYLOAD_BYTES && !error.equals("invalid_utf8")) {
            assertThat(dead.getRawPayload()).isEqualTo(new String(body, StandardCharsets.UTF_8));
            assertThat(dead.getPayloadTruncated()).isFalse();
        }
        if (error.equals("body_too_large") || error.equals("request_too_large")) {
            assertThat(dead.getPayloadTruncated()).isTrue();
            assertThat(dead.getPayloadBytes()).isGreaterThan(TestConfigs.DEAD_LETTER_PAYLOAD_BYTES);
        }
        assertThat(raw.since(rawMark)).isEmpty();
    }
}
