package io.newsreel.app.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Checks Kafka client settings passed through by the user against Kafka's own definitions, name and value, before
 * any client is created: a misspelt name or a value of the wrong type stops the command at once with the setting
 * and its origin named, instead of a warning in a log or a failure deep inside a client.
 */
public final class KafkaSettings {

    /**
     * Settings newsreel sets itself, from the option named where the command has it, so that they have one place
     * only.
     */
    private static final Map<String, String> OWN_OPTIONS = Map.of(
            CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "--bootstrap-servers",
            StreamsConfig.APPLICATION_ID_CONFIG, "--application-id",
            StreamsConfig.STATE_DIR_CONFIG, "--state-dir",
            StreamsConfig.APPLICATION_SERVER_CONFIG, "--advertised-host");

    /** Streams passes settings behind these prefixes to one kind of its clients. */
    private static final Map<String, ConfigDef> STREAMS_CLIENT_PREFIXES = Map.of(
            StreamsConfig.MAIN_CONSUMER_PREFIX, ConsumerConfig.configDef(),
            StreamsConfig.RESTORE_CONSUMER_PREFIX, ConsumerConfig.configDef(),
            StreamsConfig.GLOBAL_CONSUMER_PREFIX, ConsumerConfig.configDef(),
            StreamsConfig.CONSUMER_PREFIX, ConsumerConfig.configDef(),
            StreamsConfig.PRODUCER_PREFIX, ProducerConfig.configDef(),
            StreamsConfig.ADMIN_CLIENT_PREFIX, AdminClientConfig.configDef());

    private KafkaSettings() {
    }

    /**
     * The settings as client properties, values as given (Kafka parses them again); throws on the first bad one.
     *
     * @param hasOption whether the command has an option, by its name ({@code --state-dir})
     */
    public static Map<String, Object> validate(final Map<String, SettingValue> settings,
                                               final KafkaClients clients, final Predicate<String> hasOption) {
        final Map<String, Object> properties = new LinkedHashMap<>();
        settings.forEach((name, setting) -> {
            check(name, setting, clients, hasOption);
            properties.put(name, setting.value());
        });
        return properties;
    }

    private static void check(final String name, final SettingValue setting, final KafkaClients clients,
                              final Predicate<String> hasOption) {
        if (clients == KafkaClients.STREAMS && name.startsWith(StreamsConfig.TOPIC_PREFIX)) {
            // Settings of Streams' internal topics: the broker checks them when Streams creates the topics.
            return;
        }
        final ConfigDef.ConfigKey definition = definition(name, clients).orElseThrow(() ->
                new InvalidSettingException("Unknown Kafka setting " + name + " (" + setting.origin() + "): not "
                        + clients.description()));
        final String option = OWN_OPTIONS.get(name);
        if (option != null) {
            throw new InvalidSettingException("Kafka setting " + name + " (" + setting.origin() + ") " + (
                    hasOption.test(option) ? "is set with " + option + " instead" : "cannot be set for this command"));
        }
        try {
            final Object parsed = ConfigDef.parseType(definition.name, setting.value(), definition.type);
            if (definition.validator != null) {
                definition.validator.ensureValid(definition.name, parsed);
            }
        } catch (final ConfigException e) {
            throw new InvalidSettingException("Kafka setting " + name + " (" + setting.origin() + "): "
                    + e.getMessage());
        }
    }

    private static Optional<ConfigDef.ConfigKey> definition(final String name, final KafkaClients clients) {
        for (final ConfigDef definitions : clients.definitions()) {
            final ConfigDef.ConfigKey key = definitions.configKeys().get(name);
            if (key != null) {
                return Optional.of(key);
            }
        }
        if (clients == KafkaClients.STREAMS) {
            return STREAMS_CLIENT_PREFIXES.entrySet().stream()
                    .filter(prefixed -> name.startsWith(prefixed.getKey()))
                    .map(prefixed -> prefixed.getValue().configKeys().get(name.substring(prefixed.getKey().length())))
                    .filter(Objects::nonNull)
                    .findFirst();
        }
        return Optional.empty();
    }
}
