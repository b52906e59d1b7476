package io.newsreel.contract.topic;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the catalogue's topics a service needs, idempotently: a topic that already exists is left as it is, so
 * every service can provision at every start-up in any order.
 */
public final class TopicProvisioner {

    private final Admin admin;

    public TopicProvisioner(final Admin admin) {
        this.admin = admin;
    }

    public void ensure(final Collection<? extends Topic<?>> topics) {
        final List<NewTopic> requests = topics.stream()
                .map(topic -> new NewTopic(topic.name(), Optional.of(topic.partitions()), Optional.empty())
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, topic.cleanupPolicy().configValue())))
                .toList();
        admin.createTopics(requests).values().forEach((name, future) -> {
            try {
                future.get();
            } catch (final ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new TopicProvisioningException(name, e.getCause());
                }
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TopicProvisioningException(name, e);
            }
        });
    }
}
