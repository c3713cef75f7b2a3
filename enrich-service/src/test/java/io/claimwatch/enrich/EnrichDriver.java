package io.claimwatch.enrich;

import io.claimwatch.enrich.stream.ArticleExtractor;
import io.claimwatch.enrich.stream.MentionDeriver;
import io.claimwatch.extraction.embed.SentenceEmbedder;
import io.claimwatch.extraction.resolve.ResolverSettings;
import io.claimwatch.platform.registry.InMemorySchemaRegistryClient;
import io.claimwatch.platform.serde.AvroSerdes;
import io.claimwatch.platform.streams.StreamsDefaults;
import io.claimwatch.platform.topics.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * {@link EnrichTopology} under a TopologyTestDriver with the in-memory registry, default resolver settings and a clock
 * fixed at {@code now} (also the driver's wall clock), for the topology tests; topics are read and written through
 * {@link #input} and {@link #output}.
 */
final class EnrichDriver implements AutoCloseable {
    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    private final TopologyTestDriver driver;

    EnrichDriver(ArticleExtractor extractor, SentenceEmbedder embedder, Instant now) {
        Properties props = StreamsDefaults.properties("enrich-test", "unused:9092", null, Topics.ENRICH_DEAD_LETTER);
        props.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/enrich-ttd-" + System.nanoTime());
        driver = new TopologyTestDriver(EnrichTopology.build(registry, extractor, new MentionDeriver(embedder),
                ResolverSettings.defaults(), "test", Clock.fixed(now, ZoneOffset.UTC)), props, now);
    }

    <V extends SpecificRecord> TestInputTopic<String, V> input(String topic, Class<V> type) {
        return driver.createInputTopic(topic, Serdes.String().serializer(),
                AvroSerdes.forValues(registry, type).serializer());
    }

    <V extends SpecificRecord> TestOutputTopic<String, V> output(String topic, Class<V> type) {
        return driver.createOutputTopic(topic, Serdes.String().deserializer(),
                AvroSerdes.forValues(registry, type).deserializer());
    }

    /** Lets wall-clock punctuations run (the resolver's batched regrouping and question re-links). */
    void advanceWallClock(Duration by) {
        driver.advanceWallClockTime(by);
    }

    @Override
    public void close() {
        driver.close();
    }
}
