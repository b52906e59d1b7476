package io.newsreel.sink.routing;

import java.util.List;
import java.util.Optional;

/**
 * Where the sink's data lives when several instances share one Streams application: each instance holds the
 * partitions it was assigned, so a query for one id goes to the instance that owns it and a list is gathered from
 * all of them. Methods throw {@link InstancesUnavailable} while ownership is moving.
 */
public interface InstanceRouting {

    /**
     * The instance that owns {@code key} in {@code store}.
     *
     * @return empty when this instance owns it, else the owner
     */
    Optional<Instance> ownerOf(String store, String key);

    /** Every other instance, each of which answers a list with what it owns. */
    List<Instance> otherInstances();
}
