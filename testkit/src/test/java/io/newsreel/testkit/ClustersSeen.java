package io.newsreel.testkit;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** Remembers, by identity, every cluster instance handed to the shared-cluster tests in this JVM. */
final class ClustersSeen {

    private static final Set<KafkaCluster> SEEN = Collections.synchronizedSet(
            Collections.newSetFromMap(new IdentityHashMap<>()));

    private ClustersSeen() {
    }

    /** Records the cluster and returns how many distinct instances have been seen so far. */
    static int record(final KafkaCluster cluster) {
        SEEN.add(cluster);
        return SEEN.size();
    }
}
