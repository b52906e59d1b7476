package io.newsreel.app.config;

import java.util.List;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.streams.StreamsConfig;

/** The Kafka clients a command creates, whose settings it accepts. */
public enum KafkaClients {

    /** Producers, consumers and admin clients (ingest, the feed and catalog commands). */
    PLAIN("a Kafka producer, consumer or admin client setting",
            List.of(ProducerConfig.configDef(), ConsumerConfig.configDef(), AdminClientConfig.configDef())),
    /**
     * A Kafka Streams application and the plain clients beside it (processor, sink); Streams also takes client
     * settings behind its prefixes, such as {@code producer.linger.ms}.
     */
    STREAMS("a Kafka Streams, producer, consumer or admin client setting",
            List.of(StreamsConfig.configDef(), ProducerConfig.configDef(), ConsumerConfig.configDef(),
                    AdminClientConfig.configDef()));

    private final String description;
    private final List<ConfigDef> definitions;

    KafkaClients(final String description, final List<ConfigDef> definitions) {
        this.description = description;
        this.definitions = definitions;
    }

    String description() {
        return description;
    }

    List<ConfigDef> definitions() {
        return definitions;
    }
}
