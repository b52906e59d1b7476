package io.newsreel.kafka.embedded;

/**
 * Signals that the embedded broker could not be formatted, started, reached or stopped.
 * The message names the step that failed; the cause carries Kafka's own explanation.
 */
public class EmbeddedKafkaException extends RuntimeException {

    public EmbeddedKafkaException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
