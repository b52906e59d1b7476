package io.newsreel.streams;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends a record that cannot be deserialized to the error topic with the reason, and goes on. */
public final class RouteDeserializationErrors implements DeserializationExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RouteDeserializationErrors.class);

    private ErrorRouting routing;

    @Override
    public void configure(final Map<String, ?> configs) {
        routing = ErrorRouting.from(configs);
    }

    @Override
    public Response handleError(final ErrorHandlerContext context, final ConsumerRecord<byte[], byte[]> record,
                                final Exception exception) {
        LOG.warn("Unreadable record in task {} at {}-{}@{}: {}", context.taskId(), context.topic(),
                context.partition(), context.offset(), exception.getMessage());
        return Response.resume(routing.errorRecords(context, "deserialization", record.key(), record.value(),
                exception));
    }
}
