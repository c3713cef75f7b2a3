package io.claimwatch.platform.streams;

import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.claimwatch.platform.serde.RegistryUnavailableException;
import io.claimwatch.platform.topics.Topics;

/**
 * The baseline every ClaimWatch Kafka Streams application runs with: exactly-once v2, explicit names for every
 * internal topic and store, idempotent {@code acks=all} producers, string keys, and records that cannot be read,
 * processed or produced sent to the raw-byte dead-letter topic {@code deadLetterTopic} by {@link DeadLetterHandlers}
 * (the input's bytes, the reason in headers) instead of stopping the app.
 * A registry outage is not a bad record: the handlers fail the task instead and {@link #installHandlers} replaces the
 * thread after a backoff (docs/outages.md). Record sizes are set deliberately: producers may send up to
 * {@link Topics#DEAD_LETTER_MAX_MESSAGE_BYTES} (a whole raw record plus error headers into a dead-letter topic),
 * internal changelog and repartition topics take {@link Topics#MAX_MESSAGE_BYTES} like the topics they mirror. Give each service a raw topic of its own,
 * not the one its topology writes Avro {@code DeadLetter}s to: one reader must decode each topic.
 * Explicit {@code KAFKA_*} settings from the service's configuration override these defaults.
 */
public final class StreamsDefaults {
    /** The Streams consumers' group session timeout (see {@link #properties}). */
    public static final int SESSION_TIMEOUT_MS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(StreamsDefaults.class);

    private StreamsDefaults() {
    }

    public static Properties properties(String applicationId, String bootstrapServers, Properties overrides,
                                        String deadLetterTopic) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Deserialization.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Processing.class);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Production.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        // The partition assignor builds its own StreamsConfig from the main consumer's settings and warns again
        // unless they carry the flag too.
        props.put(StreamsConfig.mainConsumerPrefix(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG), true);
        props.put(StreamsConfig.consumerPrefix(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG), true);
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, deadLetterTopic);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.ACKS_CONFIG), "all");
        props.put(StreamsConfig.producerPrefix(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG), true);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), Topics.DEAD_LETTER_MAX_MESSAGE_BYTES);
        props.put(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), String.valueOf(Topics.MAX_MESSAGE_BYTES));
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // A stream thread replaced during a registry outage closes its consumer without leaving the group; its tasks
        // wait for the replacement until the dead member's session times out. 10 s (the consumer default is 45 s)
        // bounds that pause after the registry is back; heartbeats run on their own thread, so slow records do not count.
        props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, SESSION_TIMEOUT_MS);
        // Records become visible downstream at each commit under exactly-once; keep live updates snappy.
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        if (overrides != null) {
            overrides.forEach(props::put);
        }
        return props;
    }

    /**
     * The default state directory of an application: {@code ~/.claimwatch/state/<name>}, outside the OS temp
     * directory, which the OS may clear under a running instance (Kafka Streams warns about a state dir there).
     */
    public static java.nio.file.Path defaultStateDir(String name) {
        return java.nio.file.Path.of(System.getProperty("user.home"), ".claimwatch", "state", name);
    }

    /**
     * A stream thread that died because the schema registry was unreachable is replaced after a backoff
     * ({@link RegistryOutageBackoff}: 1 s doubling to 30 s), so the stage pauses and retries instead of
     * dead-lettering good records; readiness shows the registry DOWN meanwhile. Any other uncaught exception is
     * logged and shuts the client down (the service then exits non-zero through its state listener) rather than
     * replacing threads in a loop.
     */
    public static void installHandlers(KafkaStreams streams) {
        RegistryOutageBackoff backoff = new RegistryOutageBackoff();
        streams.setUncaughtExceptionHandler(exception -> {
            if (RegistryUnavailableException.isCause(exception)) {
                long waitMillis = backoff.next();
                LOG.warn("stream thread stopped: schema registry unreachable; replacing it in {} ms ({})", waitMillis,
                        rootMessage(exception));
                backoff.sleep(waitMillis);
                return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
            }
            LOG.error("stream thread failed; shutting down this instance", exception);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
