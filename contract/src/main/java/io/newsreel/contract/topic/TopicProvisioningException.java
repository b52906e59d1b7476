package io.newsreel.contract.topic;

/** A topic of the catalogue could not be created. */
public final class TopicProvisioningException extends RuntimeException {

    public TopicProvisioningException(final String topic, final Throwable cause) {
        super("Cannot create topic " + topic + ": " + cause.getMessage(), cause);
    }
}
