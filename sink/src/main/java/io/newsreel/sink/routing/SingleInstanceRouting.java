package io.newsreel.sink.routing;

import java.util.List;
import java.util.Optional;

/** One instance that owns everything: tests on a {@code TopologyTestDriver}, or a sink that runs alone. */
public final class SingleInstanceRouting implements InstanceRouting {

    @Override
    public Optional<Instance> ownerOf(final String store, final String key) {
        return Optional.empty();
    }

    @Override
    public List<Instance> otherInstances() {
        return List.of();
    }
}
