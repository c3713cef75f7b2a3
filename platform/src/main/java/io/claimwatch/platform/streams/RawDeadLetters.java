package io.claimwatch.platform.streams;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the raw-byte dead-letter records of ClaimWatch's exception handlers: the input record's own key and value
 * bytes (so one reader, byte-for-byte, decodes the topic), with the reason in headers ({@code dead-letter.reason},
 * {@code .exception}, {@code .message}, {@code .topic}, {@code .partition}, {@code .offset}, {@code .processor}, and
 * for a record that could not be produced {@code .failed-topic} / {@code .failed-size}). Unlike Kafka's built-in
 * KIP-1034 records it always has a valid timestamp (the input's, else now): the built-in path threw
 * {@code Invalid timestamp: -1} for records without one and took the instance down. Building never throws: on any
 * failure it logs and returns no record, so a handler can always answer "continue".
 */
final class RawDeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(RawDeadLetters.class);
    private static final int MAX_MESSAGE_CHARS = 2_000;

    private final String topic;

    private RawDeadLetters(String topic) {
        this.topic = topic;
    }

    /** From the handler's configuration ({@code errors.dead.letter.queue.topic.name}); no topic = log only. */
    static RawDeadLetters from(Map<String, ?> configs) {
        Object name = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        return new RawDeadLetters(name == null || name.toString().isBlank() ? null : name.toString());
    }

    /** The dead letter of the input record behind {@code context}, or nothing when there is no topic or it fails. */
    List<ProducerRecord<byte[], byte[]>> of(String reason, ErrorHandlerContext context, byte[] key, byte[] value,
            Exception exception, ProducerRecord<?, ?> failed, int failedSize) {
        if (topic == null) {
            return List.of();
        }
        try {
            RecordHeaders headers = new RecordHeaders();
            header(headers, "dead-letter.reason", reason);
            header(headers, "dead-letter.exception", exception.getClass().getName());
            String message = String.valueOf(exception.getMessage());
            header(headers, "dead-letter.message",
                    message.length() > MAX_MESSAGE_CHARS ? message.substring(0, MAX_MESSAGE_CHARS) : message);
            if (context != null) {
                header(headers, "dead-letter.topic", context.topic());
                headers.add("dead-letter.partition", ByteBuffer.allocate(4).putInt(context.partition()).array());
                headers.add("dead-letter.offset", ByteBuffer.allocate(8).putLong(context.offset()).array());
                header(headers, "dead-letter.processor", context.processorNodeId());
            }
            if (failed != null) {
                header(headers, "dead-letter.failed-topic", failed.topic());
                headers.add("dead-letter.failed-size", ByteBuffer.allocate(4).putInt(failedSize).array());
            }
            long timestamp = context != null && context.timestamp() >= 0 ? context.timestamp() : System.currentTimeMillis();
            return List.of(new ProducerRecord<>(topic, null, timestamp, key, value, headers));
        } catch (RuntimeException e) {
            LOG.error("could not build a dead-letter record for {} ({}); the record is skipped", reason, exception, e);
            return List.of();
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
