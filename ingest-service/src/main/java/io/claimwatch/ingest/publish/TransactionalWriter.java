package io.claimwatch.ingest.publish;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.Properties;

/**
 * Writes the records of one request (accepted articles, tombstones and dead letters together) in one Kafka
 * transaction, so a batch is all-or-nothing for every read_committed consumer, and returns only after the commit
 * was acknowledged. Values arrive already serialized, so one producer serves both topics.
 *
 * <p>A transactional producer runs one transaction at a time, so writes are serialized; the state check that
 * precedes them is serialized by the caller anyway. Any failure (timeout, broker gone, fenced) closes the producer;
 * the next write creates a fresh one whose {@code initTransactions} aborts whatever the old one left open. Every
 * blocking step is bounded by {@code max.block.ms} = the configured write timeout.
 */
public final class TransactionalWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionalWriter.class);

    private final Properties producerProperties;
    private final MeterRegistry meters;
    private Producer<String, byte[]> producer;
    private KafkaClientMetrics producerMetrics;

    public TransactionalWriter(String bootstrapServers, Properties kafkaOverrides, String transactionalId,
                               Duration writeTimeout, MeterRegistry meters) {
        this.meters = meters;
        Properties p = new Properties();
        p.putAll(kafkaOverrides);
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        long timeoutMs = writeTimeout.toMillis();
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(timeoutMs));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(Math.min(timeoutMs, 30_000)));
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(Math.max(timeoutMs, 30_000) + 5));
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        // Largest article (1 MiB body plus fields) fits; the topics take the same (Topics.MAX_MESSAGE_BYTES).
        p.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(io.claimwatch.platform.topics.Topics.MAX_MESSAGE_BYTES));
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        this.producerProperties = p;
    }

    /**
     * Commits all records in one transaction; returns after the broker acknowledged the commit, with each record's
     * position in the order given.
     */
    public synchronized List<RecordMetadata> writeAll(List<ProducerRecord<String, byte[]>> records)
            throws WriteUnavailableException {
        if (records.isEmpty()) {
            return List.of();
        }
        try {
            Producer<String, byte[]> p = producer();
            p.beginTransaction();
            List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
            for (ProducerRecord<String, byte[]> record : records) {
                sent.add(p.send(record));
            }
            p.commitTransaction();
            List<RecordMetadata> positions = new ArrayList<>(sent.size());
            for (Future<RecordMetadata> future : sent) {
                positions.add(future.get());
            }
            return positions;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discardProducer();
            throw new WriteUnavailableException("interrupted while writing", e);
        } catch (ExecutionException e) {
            LOG.warn("Write of {} records failed after the commit: {}", records.size(), e.getCause().toString());
            discardProducer();
            throw new WriteUnavailableException("the broker did not take the write: " + e.getCause().getMessage(), e);
        } catch (KafkaException | IllegalStateException e) {
            LOG.warn("Write of {} records failed, nothing committed: {}", records.size(), e.toString());
            discardProducer();
            throw new WriteUnavailableException("the broker did not take the write: " + e.getMessage(), e);
        }
    }

    /**
     * Creates the producer now ({@code initTransactions} included), so that a broker problem shows at start and
     * the Kafka producer metrics are published before the first write.
     */
    public synchronized void open() {
        producer();
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            KafkaProducer<String, byte[]> fresh = new KafkaProducer<>(producerProperties);
            try {
                fresh.initTransactions();
            } catch (RuntimeException e) {
                fresh.close(Duration.ZERO);
                throw e;
            }
            producer = fresh;
            producerMetrics = new KafkaClientMetrics(fresh);
            producerMetrics.bindTo(meters);
        }
        return producer;
    }

    private void discardProducer() {
        if (producerMetrics != null) {
            producerMetrics.close();
            producerMetrics = null;
        }
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @Override
    public synchronized void close() {
        if (producerMetrics != null) {
            producerMetrics.close();
            producerMetrics = null;
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
