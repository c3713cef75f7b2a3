package io.claimwatch.platform.streams;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

import io.claimwatch.platform.serde.RegistryUnavailableException;

/**
 * Kafka's default production handling, except that a record whose value could not be serialized because the schema
 * registry is unreachable fails the task without any dead letter (see {@link RegistryAwareDeserializationHandler}):
 * the thread is replaced after a backoff and the input is processed again under exactly-once.
 */
public class RegistryAwareProductionHandler extends DefaultProductionExceptionHandler {

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        if (RegistryUnavailableException.isCause(exception)) {
            return Response.fail();
        }
        return super.handleSerializationError(context, record, exception, origin);
    }
}
