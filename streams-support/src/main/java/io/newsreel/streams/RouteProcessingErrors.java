package io.newsreel.streams;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends a record whose processing threw to the error topic with the reason, and goes on. */
public final class RouteProcessingErrors implements ProcessingExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RouteProcessingErrors.class);

    private ErrorRouting routing;

    @Override
    public void configure(final Map<String, ?> configs) {
        routing = ErrorRouting.from(configs);
    }

    @Override
    public Response handleError(final ErrorHandlerContext context, final Record<?, ?> record,
                                final Exception exception) {
        LOG.warn("Processing failed in task {} node {} at {}-{}@{}", context.taskId(), context.processorNodeId(),
                context.topic(), context.partition(), context.offset(), exception);
        return Response.resume(routing.errorRecords(context, "processing", context.sourceRawKey(),
                context.sourceRawValue(), exception));
    }
}
