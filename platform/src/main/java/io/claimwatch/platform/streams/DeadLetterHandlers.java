package io.claimwatch.platform.streams;

import io.claimwatch.platform.serde.RegistryUnavailableException;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ClaimWatch's Kafka Streams exception handlers: a record that cannot be read, processed or produced is logged, sent
 * to the raw dead-letter topic ({@link RawDeadLetters}: the input's bytes plus the reason in headers) and skipped;
 * the instance keeps running. A retriable send error is retried, as Kafka's default does. None of them throws.
 */
public final class DeadLetterHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandlers.class);

    private DeadLetterHandlers() {}

    /** Undeserializable input: its raw bytes go to the dead letters. */
    public static final class Deserialization implements DeserializationExceptionHandler {
        private RawDeadLetters letters;

        @Override
        public void configure(Map<String, ?> configs) {
            letters = RawDeadLetters.from(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
                Exception exception) {
            if (RegistryUnavailableException.isCause(exception)) {
                LOG.warn("schema registry unreachable while reading {}-{} offset {}; pausing this thread, nothing "
                        + "dead-lettered: {}", record.topic(), record.partition(), record.offset(), exception.getMessage());
                return Response.fail();
            }
            LOG.warn("undeserializable record {}-{}@{} sent to the dead letters", record.topic(), record.partition(),
                    record.offset(), exception);
            return Response.resume(letters.of("deserialization", context, record.key(), record.value(), exception, null, 0));
        }
    }

    /** A processor threw: the input record that made it throw goes to the dead letters. */
    public static final class Processing implements ProcessingExceptionHandler {
        private RawDeadLetters letters;

        @Override
        public void configure(Map<String, ?> configs) {
            letters = RawDeadLetters.from(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
            LOG.error("processor {} failed on {}-{}@{}; the record goes to the dead letters", context.processorNodeId(),
                    context.topic(), context.partition(), context.offset(), exception);
            return Response.resume(letters.of("processing", context, context.sourceRawKey(), context.sourceRawValue(),
                    exception, null, 0));
        }
    }

    /**
     * An output record cannot be produced (too large, unserializable): the input behind it goes to the dead letters;
     * for a record forwarded from a punctuation (no input record), the failed record's key with no value.
     */
    public static final class Production implements ProductionExceptionHandler {
        private RawDeadLetters letters;

        @Override
        public void configure(Map<String, ?> configs) {
            letters = RawDeadLetters.from(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
                Exception exception) {
            if (exception instanceof RetriableException) {
                return Response.retry();
            }
            int size = (record.key() == null ? 0 : record.key().length) + (record.value() == null ? 0 : record.value().length);
            LOG.error("record for {} ({} bytes) cannot be produced; its input goes to the dead letters", record.topic(),
                    size, exception);
            byte[] key = sourceKey(context) != null ? sourceKey(context) : record.key();
            return Response.resume(letters.of("production", context, key, sourceValue(context), exception, record, size));
        }

        @Override
        public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                SerializationExceptionOrigin origin) {
            if (RegistryUnavailableException.isCause(exception)) {
                return Response.fail(); // a registry outage: the thread is replaced after a backoff, nothing is lost
            }
            LOG.error("record for {} cannot be serialized ({}); its input goes to the dead letters", record.topic(), origin,
                    exception);
            byte[] key = sourceKey(context) != null ? sourceKey(context)
                    : record.key() == null ? null : String.valueOf(record.key()).getBytes(StandardCharsets.UTF_8);
            return Response.resume(letters.of("serialization", context, key, sourceValue(context), exception, record, -1));
        }

        private static byte[] sourceKey(ErrorHandlerContext context) {
            return context == null ? null : context.sourceRawKey();
        }

        private static byte[] sourceValue(ErrorHandlerContext context) {
            return context == null ? null : context.sourceRawValue();
        }
    }
}
