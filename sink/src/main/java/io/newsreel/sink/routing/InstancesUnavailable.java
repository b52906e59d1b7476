package io.newsreel.sink.routing;

/** Which instance owns what is not known right now (starting or rebalancing), or an owner did not answer. */
public final class InstancesUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InstancesUnavailable(final String message) {
        super(message);
    }

    public InstancesUnavailable(final String message, final Throwable cause) {
        super(message, cause);
    }
}
