package io.claimwatch.ingest;

import io.claimwatch.ingest.publish.TransactionalWriter;
import io.claimwatch.ingest.store.ArticleReader;
import io.claimwatch.ingest.store.ArticleStateStore;
import io.claimwatch.ingest.validate.ArticleValidator;
import io.claimwatch.ingest.validate.SubmissionParser;
import io.claimwatch.platform.registry.HttpSchemaRegistryClient;
import io.claimwatch.platform.registry.SchemaRegistryClient;
import io.claimwatch.platform.serde.AvroSerdes;
import io.claimwatch.platform.topics.TopicCreator;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.Article;
import io.claimwatch.schemas.RejectedArticle;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Clock;
import java.time.Duration;
import java.util.Properties;

/**
 * The Kafka side of ingest-service without HTTP: topics ensured, state rebuilt from {@code news.articles.raw},
 * transactional writer, and the {@link ArticleIngestor}. Used by {@link IngestService} and by batch import.
 */
public final class IngestCore implements AutoCloseable {

    /** Bound for reading the raw topic to its end at start. */
    private static final Duration STATE_REBUILD_TIMEOUT = Duration.ofMinutes(2);

    private final IngestConfig config;
    private final Admin admin;
    private final SchemaRegistryClient registry;
    private final ArticleStateStore store;
    private final ArticleReader reader;
    private final TransactionalWriter writer;
    private final ArticleIngestor ingestor;
    private final SubmissionParser parser;

    private IngestCore(IngestConfig config, MeterRegistry meters, SchemaRegistryClient registry) {
        this.config = config;
        this.admin = Admin.create(adminProperties(config));
        this.registry = registry;
        try {
            if (config.createTopics()) {
                TopicCreator.ensure(admin, Topics.specs(config.topicPartitions()));
            }
            Serde<Article> articleSerde = AvroSerdes.forValues(registry, Article.class);
            Serde<RejectedArticle> rejectedSerde = AvroSerdes.forValues(registry, RejectedArticle.class);
            this.store = new ArticleStateStore(new KafkaConsumer<>(consumerProperties(config, "state"),
                    new StringDeserializer(), articleSerde.deserializer()), Topics.ARTICLES_RAW)
                    .start(STATE_REBUILD_TIMEOUT);
            this.reader = new ArticleReader(new KafkaConsumer<>(consumerProperties(config, "reader"),
                    new StringDeserializer(), articleSerde.deserializer()), Topics.ARTICLES_RAW, config.writeTimeout());
            this.writer = new TransactionalWriter(config.bootstrapServers(), config.kafkaProperties(),
                    config.transactionalId(), config.writeTimeout(), meters);
            this.ingestor = new ArticleIngestor(new ArticleValidator(config.maxBodyBytes(), config.maxFutureSkew()),
                    store, reader, writer, articleSerde.serializer(),
                    new DeadLetters(rejectedSerde.serializer(), config.rejectedPayloadMaxBytes()),
                    new IngestMetrics(meters), Clock.systemUTC());
            this.parser = SubmissionParser.create(config.maxBatchItems());
            try {
                writer.open();
            } catch (RuntimeException e) {
                writer.close();
                reader.close();
                store.close();
                throw e;
            }
        } catch (RuntimeException e) {
            admin.close(Duration.ofSeconds(2));
            throw e;
        }
    }

    /** Ensures topics, rebuilds the state (blocks until caught up) and opens the writer. */
    public static IngestCore open(IngestConfig config, MeterRegistry meters) {
        return new IngestCore(config, meters, new HttpSchemaRegistryClient(config.registryUrl()));
    }

    /** As {@link #open(IngestConfig, MeterRegistry)} with a given registry client (shared caches, tests). */
    public static IngestCore open(IngestConfig config, MeterRegistry meters, SchemaRegistryClient registry) {
        return new IngestCore(config, meters, registry);
    }

    public ArticleIngestor ingestor() {
        return ingestor;
    }

    public SubmissionParser parser() {
        return parser;
    }

    public IngestConfig config() {
        return config;
    }

    public Admin admin() {
        return admin;
    }

    public SchemaRegistryClient registry() {
        return registry;
    }

    private static Properties adminProperties(IngestConfig config) {
        Properties p = new Properties();
        p.putAll(config.kafkaProperties());
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(Math.max(config.writeTimeout().toMillis(), 5_000)));
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(Math.max(config.writeTimeout().toMillis(), 5_000)));
        return p;
    }

    private static Properties consumerProperties(IngestConfig config, String role) {
        Properties p = new Properties();
        p.putAll(config.kafkaProperties());
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, config.transactionalId() + "-" + role);
        return p;
    }

    @Override
    public void close() {
        writer.close();
        reader.close();
        store.close();
        admin.close(Duration.ofSeconds(2));
    }
}
