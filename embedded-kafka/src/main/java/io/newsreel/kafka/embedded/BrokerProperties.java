package io.newsreel.kafka.embedded;

import java.util.Properties;

/**
 * Translates an {@link EmbeddedKafkaConfig} whose ports are already chosen into the properties of
 * a combined broker+controller KRaft node that runs alone.
 */
final class BrokerProperties {

    /** Fixed so a restarted broker recognises the node recorded in its formatted data directory. */
    static final int NODE_ID = 1;

    static final String CLIENT_LISTENER = "PLAINTEXT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";

    /**
     * Kafka's internal topics default to 50 partitions each; creating them on first use of a group
     * or a transaction is noticeably slow on a one-node test broker, so fewer are used.
     */
    private static final String INTERNAL_TOPIC_PARTITIONS = "5";

    private BrokerProperties() {
    }

    static Properties of(final EmbeddedKafkaConfig config) {
        if (config.port() == 0 || config.controllerPort() == 0) {
            throw new IllegalArgumentException("ports must be assigned before building broker properties");
        }
        final String clientAddress = CLIENT_LISTENER + "://" + config.host() + ":" + config.port();
        final String controllerAddress = CONTROLLER_LISTENER + "://" + config.host() + ":" + config.controllerPort();

        final Properties props = new Properties();
        props.setProperty("process.roles", "broker,controller");
        props.setProperty("node.id", Integer.toString(NODE_ID));
        props.setProperty("controller.quorum.voters", NODE_ID + "@" + config.host() + ":" + config.controllerPort());
        props.setProperty("controller.listener.names", CONTROLLER_LISTENER);
        props.setProperty("listeners", clientAddress + "," + controllerAddress);
        props.setProperty("advertised.listeners", clientAddress);
        props.setProperty("inter.broker.listener.name", CLIENT_LISTENER);
        props.setProperty("listener.security.protocol.map",
                CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.setProperty("log.dirs", config.dataDir().toAbsolutePath().toString());

        props.setProperty("num.partitions", Integer.toString(config.defaultPartitions()));
        props.setProperty("default.replication.factor", "1");
        props.setProperty("min.insync.replicas", "1");
        props.setProperty("auto.create.topics.enable", "false");

        props.setProperty("offsets.topic.replication.factor", "1");
        props.setProperty("offsets.topic.num.partitions", INTERNAL_TOPIC_PARTITIONS);
        props.setProperty("transaction.state.log.replication.factor", "1");
        props.setProperty("transaction.state.log.min.isr", "1");
        props.setProperty("transaction.state.log.num.partitions", INTERNAL_TOPIC_PARTITIONS);
        props.setProperty("share.coordinator.state.topic.replication.factor", "1");
        props.setProperty("share.coordinator.state.topic.min.isr", "1");

        // Tests start consumers one at a time; waiting for more members to join only adds latency.
        props.setProperty("group.initial.rebalance.delay.ms", "0");
        props.setProperty("group.streams.initial.rebalance.delay.ms", "0");

        props.putAll(config.overrides());
        return props;
    }
}
