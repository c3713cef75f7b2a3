package io.claimwatch.platform.streams;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.claimwatch.platform.serde.RegistryUnavailableException;

/**
 * Log-and-continue with the dead-letter topic for records that cannot be decoded, except when the only problem is
 * an unreachable schema registry: then the task fails, nothing is dead-lettered and no offset is committed, and
 * {@link StreamsDefaults#installHandlers}'s uncaught-exception handler replaces the stream thread after a backoff,
 * which re-reads the same record once the registry answers again.
 */
public class RegistryAwareDeserializationHandler extends LogAndContinueExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RegistryAwareDeserializationHandler.class);

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        if (RegistryUnavailableException.isCause(exception)) {
            LOG.warn("schema registry unreachable while reading {}-{} offset {}; pausing this thread, nothing dead-lettered: {}",
                    record.topic(), record.partition(), record.offset(), exception.getMessage());
            return Response.fail();
        }
        return super.handleError(context, record, exception);
    }
}
