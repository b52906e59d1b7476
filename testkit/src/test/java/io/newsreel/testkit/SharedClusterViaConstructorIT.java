package io.newsreel.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaClusterExtension.class)
class SharedClusterViaConstructorIT {

    private final KafkaCluster clusterFromConstructor;

    SharedClusterViaConstructorIT(final KafkaCluster cluster) {
        this.clusterFromConstructor = cluster;
    }

    @Test
    void constructorAndMethodGetTheOneSharedClusterAndItWorks(final KafkaCluster cluster) throws Exception {
        assertThat(cluster).isSameAs(clusterFromConstructor);
        assertThat(ClustersSeen.record(cluster)).isEqualTo(1);

        assertThat(RoundTrip.of(cluster, "Andor season 2 trailer")).containsExactly("Andor season 2 trailer");
    }
}
