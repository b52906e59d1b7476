package io.newsreel.app.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A configuration file: Java properties in UTF-8, the command's settings under their option names without the
 * dashes ({@code http-port=8080}) and Kafka client settings under {@code kafka.} ({@code kafka.linger.ms=20}). A key
 * the command does not know stops it, so that a misspelt setting is not silently ignored.
 */
final class ConfigFile {

    private final Path path;
    private final Map<String, String> entries;

    private ConfigFile(final Path path, final Map<String, String> entries) {
        this.path = path;
        this.entries = entries;
    }

    static ConfigFile load(final Path path, final Set<String> knownSettings) {
        final Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (final IOException e) {
            throw new InvalidSettingException("Cannot read the configuration file " + path + ": " + describe(e));
        } catch (final IllegalArgumentException e) {
            throw new InvalidSettingException("Cannot read the configuration file " + path + ": " + e.getMessage());
        }
        final Map<String, String> entries = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> entries.put(key, properties.getProperty(key).strip()));
        entries.keySet().stream()
                .filter(key -> !key.startsWith(SettingNames.KAFKA_FILE_PREFIX) && !knownSettings.contains(key))
                .findFirst()
                .ifPresent(key -> {
                    throw new InvalidSettingException("Unknown setting '" + key + "' in " + path + "; known here: "
                            + String.join(", ", new TreeSet<>(knownSettings)) + ", and kafka.<client setting>");
                });
        return new ConfigFile(path, entries);
    }

    private static String describe(final IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.toString();
    }

    Path path() {
        return path;
    }

    Optional<SettingValue> setting(final String name) {
        return Optional.ofNullable(entries.get(name)).map(value -> new SettingValue(value, origin(name)));
    }

    /** Kafka client settings by their Kafka names, without the {@code kafka.} prefix. */
    Map<String, SettingValue> kafkaSettings() {
        final Map<String, SettingValue> settings = new LinkedHashMap<>();
        entries.forEach((key, value) -> {
            if (key.startsWith(SettingNames.KAFKA_FILE_PREFIX)) {
                settings.put(key.substring(SettingNames.KAFKA_FILE_PREFIX.length()),
                        new SettingValue(value, origin(key)));
            }
        });
        return settings;
    }

    private String origin(final String key) {
        return "key " + key + " in " + path;
    }
}
