package io.claimwatch.ingest;

import io.claimwatch.platform.testing.KafkaStack;
import io.claimwatch.platform.testing.KafkaStackExtension;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.Article;
import io.claimwatch.schemas.RejectedArticle;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(KafkaStackExtension.class)
class AuthIT {

    private static final String BODY = "{\"url\": \"https://example.org/auth/%s\", \"title\": \"T\", \"body\": \"B\"}";

    @Test
    void shouldRefuseWith401AndWriteNothingWhenTokenMissingOrWrong(KafkaStack stack) throws Exception {
        try (IngestService.Running service = IngestService.start(TestConfigs.forStack(stack, List.of("alpha", "beta")));
             TopicReader<Article> raw = new TopicReader<>(stack, Topics.ARTICLES_RAW, Article.class);
             TopicReader<RejectedArticle> rejected = new TopicReader<>(stack, Topics.ARTICLES_REJECTED, RejectedArticle.class)) {
            Map<TopicPartition, Long> rawMark = raw.mark();
            Map<TopicPartition, Long> rejectedMark = rejected.mark();
            String tag = UUID.randomUUID().toString();

            IngestHttp.Reply none = new IngestHttp(service.port(), null).postJson(BODY.formatted(tag));
            IngestHttp.Reply wrong = new IngestHttp(service.port(), "gamma").postJson(BODY.formatted(tag));
            IngestHttp.Reply malformedNoToken = new IngestHttp(service.port(), null).postJson("{broken");
            IngestHttp.Reply deleteNoToken = new IngestHttp(service.port(), null).delete("https://example.org/x");

            for (IngestHttp.Reply reply : List.of(none, wrong, malformedNoToken, deleteNoToken)) {
                assertThat(reply.status()).isEqualTo(401);
                assertThat(reply.json().get("error").asText()).isEqualTo("unauthorized");
                assertThat(reply.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            }
            assertThat(raw.since(rawMark)).isEmpty();
            assertThat(rejected.since(rejectedMark)).isEmpty();

            IngestHttp.Reply ok = new IngestHttp(service.port(), "beta").postJson(BODY.formatted(tag));
            assertThat(ok.status()).isEqualTo(201);
            raw.awaitSince(rawMark, 1);
            assertThat(new IngestHttp(service.port(), null).get("/health/ready").status())
                    .as("health stays open without a token").isEqualTo(200);
        }
    }

    @Test
    void shouldAcceptWithoutTokenWhenAuthOff(KafkaStack stack) throws Exception {
        try (IngestService.Running service = IngestService.start(TestConfigs.forStack(stack, List.of()))) {
            IngestHttp.Reply reply = new IngestHttp(service.port(), null).postJson(BODY.formatted(UUID.randomUUID()));
            assertThat(reply.status()).isEqualTo(201);
            IngestHttp.Reply withAnyToken = new IngestHttp(service.port(), "whatever").postJson(BODY.formatted(UUID.randomUUID()));
            assertThat(withAnyToken.status()).isEqualTo(201);
        }
    }
}
