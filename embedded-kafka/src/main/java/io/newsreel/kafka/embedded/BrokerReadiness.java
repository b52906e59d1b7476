package io.newsreel.kafka.embedded;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Confirms from the outside, with a real client, that a started broker answers requests.
 * The admin client retries on its own until its API timeout, which is set to the caller's deadline.
 */
final class BrokerReadiness {

    private BrokerReadiness() {
    }

    /** Returns the cluster id reported by the broker once it answers. */
    static String awaitClusterId(final String bootstrapServers, final Duration timeout) {
        final int timeoutMs = Math.toIntExact(Math.max(1, timeout.toMillis()));
        final Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs, 5_000),
                AdminClientConfig.CLIENT_ID_CONFIG, "embedded-kafka-readiness");
        try (Admin admin = Admin.create(adminConfig)) {
            return admin.describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMs))
                    .clusterId()
                    .get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedKafkaException("Interrupted while waiting for Kafka at " + bootstrapServers, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new EmbeddedKafkaException(
                    "Kafka at " + bootstrapServers + " did not answer describeCluster within " + timeout, e);
        }
    }
}
