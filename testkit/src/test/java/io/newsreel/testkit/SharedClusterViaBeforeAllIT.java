package io.newsreel.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaClusterExtension.class)
class SharedClusterViaBeforeAllIT {

    private static KafkaCluster clusterFromBeforeAll;

    @BeforeAll
    static void rememberCluster(final KafkaCluster cluster) {
        clusterFromBeforeAll = cluster;
    }

    @Test
    void beforeAllAndMethodGetTheOneSharedClusterAndItWorks(final KafkaCluster cluster) throws Exception {
        assertThat(cluster).isSameAs(clusterFromBeforeAll);
        assertThat(ClustersSeen.record(cluster)).isEqualTo(1);

        assertThat(RoundTrip.of(cluster, "The Bear renewed")).containsExactly("The Bear renewed");
    }

    @Test
    void uniqueNamesKeepTestsApartOnTheSharedCluster(final KafkaCluster cluster) throws Exception {
        assertThat(RoundTrip.of(cluster, "first")).containsExactly("first");
        assertThat(RoundTrip.of(cluster, "second")).containsExactly("second");
    }
}
