package io.newsreel.app.cli;

import io.newsreel.app.config.InvalidSettingException;
import io.newsreel.app.config.KafkaClients;
import io.newsreel.app.config.KafkaSettings;
import io.newsreel.app.config.SettingConverters;
import io.newsreel.app.config.SettingDefaults;
import io.newsreel.app.config.SettingValue;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The Kafka a command talks to, and any Kafka client setting passed through to its clients: {@code --kafka KEY=VALUE}
 * over {@code NEWSREEL_KAFKA_KEY} over {@code kafka.KEY} in the configuration file, key by key.
 */
public final class KafkaOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /**
     * Every command reads the bootstrap servers from the environment: the services and run through their settings,
     * the one-shot commands through this default, so that one variable points them all at the same Kafka.
     */
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,HOST:PORT...]",
            converter = SettingConverters.BootstrapServers.class, defaultValue = "${env:NEWSREEL_BOOTSTRAP_SERVERS}",
            description = "Kafka bootstrap servers; every command also reads NEWSREEL_BOOTSTRAP_SERVERS.")
    private String bootstrapServers;

    @Option(names = "--kafka", paramLabel = "KEY=VALUE",
            description = "A Kafka client setting for every client, such as linger.ms=20 or security.protocol=SSL; "
                    + "repeatable (run and the services also read NEWSREEL_KAFKA_LINGER_MS=20, or kafka.linger.ms=20 in "
                    + "the --config file).")
    private Map<String, String> flags = new LinkedHashMap<>();

    /** Properties for the producers, consumers and admin clients the command creates. */
    public Map<String, Object> clientProperties() {
        return properties(KafkaClients.PLAIN);
    }

    /** Properties for a Kafka Streams application and the plain clients beside it. */
    public Map<String, Object> streamsProperties() {
        return properties(KafkaClients.STREAMS);
    }

    private Map<String, Object> properties(final KafkaClients clients) {
        final Map<String, Object> properties = new HashMap<>(settings(clients));
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers().orElseThrow(() ->
                new ParameterException(command.commandLine(), "Missing the Kafka bootstrap servers: give "
                        + "--bootstrap-servers HOST:PORT" + (readsSettings()
                        ? ", set NEWSREEL_BOOTSTRAP_SERVERS or bootstrap-servers in the --config file"
                        : " or set NEWSREEL_BOOTSTRAP_SERVERS"))));
        return properties;
    }

    /** The bootstrap servers, if any source names them. */
    Optional<String> bootstrapServers() {
        return Optional.ofNullable(bootstrapServers);
    }

    /** Whether the command also reads its settings from the environment and a file (the services and run do). */
    private boolean readsSettings() {
        return command.defaultValueProvider() instanceof SettingDefaults;
    }

    /** The Kafka client settings passed through, checked against the clients' definitions. */
    Map<String, Object> settings(final KafkaClients clients) {
        final Map<String, SettingValue> settings = new LinkedHashMap<>();
        if (readsSettings()) {
            settings.putAll(((SettingDefaults) command.defaultValueProvider()).kafkaSettings(command));
        }
        flags.forEach((key, value) -> settings.put(key, new SettingValue(value, "--kafka")));
        try {
            return KafkaSettings.validate(settings, clients, option -> command.findOption(option) != null);
        } catch (final InvalidSettingException e) {
            throw new ParameterException(command.commandLine(), e.getMessage(), e);
        }
    }
}
