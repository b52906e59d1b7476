package io.newsreel.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * Injects a running {@link KafkaCluster} into test constructors, test methods and lifecycle
 * methods such as {@code @BeforeAll}:
 *
 * <pre>{@code
 * @ExtendWith(KafkaClusterExtension.class)
 * class HeadlineIT {
 *     @Test
 *     void publishes(KafkaCluster kafka) { ... kafka.bootstrapServers() ... }
 * }
 * }</pre>
 *
 * <p>The cluster is Testcontainers' Kafka when a Docker engine is reachable and the in-process
 * embedded broker otherwise; the system property or environment variable
 * {@code NEWSREEL_TEST_KAFKA=embedded|testcontainers|auto} forces the choice. It starts on first
 * use, is shared by all test classes in the JVM, and stops when the test run ends.
 */
public final class KafkaClusterExtension implements ParameterResolver {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaClusterExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(KafkaClusterExtension.class);
    private static final String CLUSTER_KEY = "cluster";

    @Override
    public boolean supportsParameter(final ParameterContext parameterContext, final ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == KafkaCluster.class;
    }

    @Override
    public KafkaCluster resolveParameter(
            final ParameterContext parameterContext, final ExtensionContext extensionContext) {
        // The root store lives as long as the test run and closes AutoCloseable values at its end;
        // its compute-if-absent runs the start at most once even when tests run in parallel.
        return extensionContext.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(CLUSTER_KEY, key -> startCluster(), RunningKafkaCluster.class);
    }

    private static RunningKafkaCluster startCluster() {
        final KafkaClusterKind kind = KafkaClusterKind.configured()
                .resolve(() -> DockerClientFactory.instance().isDockerAvailable());
        final RunningKafkaCluster cluster =
                kind == KafkaClusterKind.TESTCONTAINERS ? ContainerKafkaCluster.start() : EmbeddedKafkaCluster.start();
        LOG.info("Tests use {}", cluster);
        return cluster;
    }
}
