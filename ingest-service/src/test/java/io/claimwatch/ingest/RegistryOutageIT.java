package io.claimwatch.ingest;

import io.claimwatch.ingest.publish.WriteUnavailableException;
import io.claimwatch.ingest.validate.ArticleSubmission;
import io.claimwatch.ingest.validate.SubmissionParser.ParsedItem;
import io.claimwatch.platform.registry.CompatibilityResult;
import io.claimwatch.platform.registry.RegistryUnreachableException;
import io.claimwatch.platform.registry.SchemaRegistryClient;
import io.claimwatch.platform.testing.KafkaStack;
import io.claimwatch.platform.testing.KafkaStackExtension;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.Article;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry refusing a write behaves like the broker refusing it: nothing accepted, nothing recorded. */
@ExtendWith(KafkaStackExtension.class)
class RegistryOutageIT {

    /** The real registry client with a switch that makes every call fail as if the registry were down. */
    private static final class SwitchableRegistry implements SchemaRegistryClient {
        private final SchemaRegistryClient real;
        private volatile boolean down;

        SwitchableRegistry(SchemaRegistryClient real) {
            this.real = real;
        }

        private void check() {
            if (down) {
                throw new RegistryUnreachableException("http://registry.test", new IOException("connection refused"));
            }
        }

        @Override public int register(String subject, Schema schema) { check(); return real.register(subject, schema); }
        @Override public int idFor(String subject, Schema schema) { check(); return real.idFor(subject, schema); }
        @Override public Schema schemaById(int id) { check(); return real.schemaById(id); }
        @Override public CompatibilityResult testCompatibility(String subject, Schema schema) { check(); return real.testCompatibility(subject, schema); }
        @Override public void setCompatibility(String subject, String level) { check(); real.setCompatibility(subject, level); }
        @Override public boolean isReachable() { return !down && real.isReachable(); }
    }

    @Test
    void shouldRefuseWholeBatchAndRecordNothingWhenRegistryDown(KafkaStack stack) throws Exception {
        SwitchableRegistry registry = new SwitchableRegistry(stack.registryClient());
        String url = "https://example.org/registry-outage/" + UUID.randomUUID();
        List<ParsedItem> batch = List.of(
                new ParsedItem(new ArticleSubmission(url, "P", null, "Title", "Body", null, null, null), null, "{}"),
                new ParsedItem(new ArticleSubmission(url + "/2", "P", null, "Title 2", "Body", null, null, null), null, "{}"));
        try (IngestCore core = IngestCore.open(TestConfigs.forStack(stack, List.of()), new SimpleMeterRegistry(), registry);
             TopicReader<Article> raw = new TopicReader<>(stack, Topics.ARTICLES_RAW, Article.class)) {
            registry.down = true;
            assertThatThrownBy(() -> core.ingestor().ingest(batch, "http")).isInstanceOf(WriteUnavailableException.class);
            assertThat(core.ingestor().state(url)).isEmpty();

            registry.down = false;
            List<ItemResult> results = core.ingestor().ingest(batch, "http");
            assertThat(results).extracting(ItemResult::status).containsExactly(ItemResult.Status.CREATED, ItemResult.Status.CREATED);
            assertThat(results).extracting(ItemResult::version).containsExactly(1, 1);
            raw.awaitForKey(url, 1);
        }
    }
}
