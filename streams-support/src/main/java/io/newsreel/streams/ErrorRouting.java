package io.newsreel.streams;

import io.newsreel.contract.event.ErrorRecord;
import io.newsreel.contract.topic.Topic;
import io.newsreel.contract.serde.JsonSerde;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Turns a record a Streams application could not read or process into an {@link ErrorRecord} on the application's
 * error topic, through the handlers' dead-letter records, so it is written in the same transaction as the
 * application's other output and processing goes on.
 */
public final class ErrorRouting {

    /** Names the service in error records; set by {@link #configure}. */
    static final String SERVICE_CONFIG = "newsreel.errors.service";
    /** The error topic; set by {@link #configure}. */
    static final String TOPIC_CONFIG = "newsreel.errors.topic";

    private static final int MAX_PAYLOAD_CHARS = 4096;
    private static final JsonSerde<ErrorRecord> SERDE = JsonSerde.of(ErrorRecord.class);

    private final String service;
    private final String topic;

    private ErrorRouting(final String service, final String topic) {
        this.service = Objects.requireNonNull(service, SERVICE_CONFIG);
        this.topic = Objects.requireNonNull(topic, TOPIC_CONFIG);
    }

    static ErrorRouting from(final Map<String, ?> configs) {
        return new ErrorRouting((String) configs.get(SERVICE_CONFIG), (String) configs.get(TOPIC_CONFIG));
    }

    /** Installs both handlers in the Streams properties, routing to the given service's error topic. */
    public static void configure(final Properties streamsProperties, final String service,
                                 final Topic<ErrorRecord> errorTopic) {
        streamsProperties.put(SERVICE_CONFIG, service);
        streamsProperties.put(TOPIC_CONFIG, errorTopic.name());
        streamsProperties.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                RouteDeserializationErrors.class);
        streamsProperties.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, RouteProcessingErrors.class);
        streamsProperties.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    }

    List<ProducerRecord<byte[], byte[]>> errorRecords(final ErrorHandlerContext context, final String kind,
                                                      final byte[] rawKey, final byte[] rawValue,
                                                      final Exception exception) {
        final String key = rawKey == null ? null : new String(rawKey, StandardCharsets.UTF_8);
        final ErrorRecord error = new ErrorRecord(service, kind, String.valueOf(exception.getMessage()), key, null,
                null, context.topic(), context.partition(), context.offset(), payload(rawValue), Instant.now());
        return List.of(new ProducerRecord<>(topic, rawKey, SERDE.toBytes(error)));
    }

    private static String payload(final byte[] rawValue) {
        if (rawValue == null) {
            return null;
        }
        final String text = new String(rawValue, StandardCharsets.UTF_8);
        return text.length() <= MAX_PAYLOAD_CHARS ? text : text.substring(0, MAX_PAYLOAD_CHARS);
    }
}
