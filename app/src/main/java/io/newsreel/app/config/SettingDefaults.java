package io.newsreel.app.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Gives each option not on the command line its value from the environment ({@code NEWSREEL_HTTP_PORT}), else from
 * the configuration file ({@code --config FILE} or {@code NEWSREEL_CONFIG}), else leaves it to the option's own
 * default; picocli then converts and checks it like a value typed on the command line. Remembers where each value
 * came from, so that an error can say so. Kafka client settings, merged key by key rather than replaced, are read
 * through {@link #kafkaSettings(CommandSpec)}.
 */
public final class SettingDefaults implements IDefaultValueProvider {

    /** The option naming the configuration file. */
    public static final String CONFIG_OPTION = "--config";
    private static final String CONFIG_SETTING = SettingNames.ofOption(CONFIG_OPTION);

    private final Map<String, String> environment;
    private final Map<ArgSpec, SettingValue> given = new HashMap<>();
    private ConfigFile file;

    /** Reads this process's environment. */
    public SettingDefaults() {
        this(System.getenv());
    }

    public SettingDefaults(final Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String defaultValue(final ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || !isSetting(option)) {
            return null;
        }
        final Optional<SettingValue> found = lookUp(option.command(), SettingNames.ofOption(option.longestName()));
        found.ifPresent(value -> given.put(option, value));
        return found.map(SettingValue::value).orElse(null);
    }

    private Optional<SettingValue> lookUp(final CommandSpec command, final String setting) {
        final String variable = SettingNames.environmentVariable(setting);
        if (environment.containsKey(variable)) {
            return Optional.of(new SettingValue(environment.get(variable), "environment variable " + variable));
        }
        if (setting.equals(CONFIG_SETTING)) {
            return Optional.empty();
        }
        return configFile(command).flatMap(config -> config.setting(setting));
    }

    /** Where the value this provider gave the option came from, if it gave one and it was this value. */
    public Optional<String> origin(final ArgSpec arg, final String value) {
        return Optional.ofNullable(given.get(arg)).filter(found -> found.value().equals(value))
                .map(SettingValue::origin);
    }

    /**
     * Kafka client settings from the configuration file, then the environment ({@code NEWSREEL_KAFKA_LINGER_MS} is
     * {@code linger.ms}), a later source replacing an earlier one's value of the same setting.
     */
    public Map<String, SettingValue> kafkaSettings(final CommandSpec command) {
        final Map<String, SettingValue> settings = new LinkedHashMap<>();
        configFile(command).ifPresent(config -> settings.putAll(config.kafkaSettings()));
        environment.forEach((variable, value) -> SettingNames.kafkaKeyOfVariable(variable).ifPresent(key ->
                settings.put(key, new SettingValue(value, "environment variable " + variable))));
        return settings;
    }

    private Optional<ConfigFile> configFile(final CommandSpec command) {
        final OptionSpec option = command.findOption(CONFIG_OPTION);
        final Path fromOption = option == null ? null : option.getValue();
        final String fromEnvironment = environment.get(SettingNames.environmentVariable(CONFIG_SETTING));
        final Path path = fromOption != null ? fromOption : fromEnvironment != null ? Path.of(fromEnvironment) : null;
        if (path == null) {
            return Optional.empty();
        }
        if (file == null || !file.path().equals(path)) {
            try {
                file = ConfigFile.load(path, settingsOf(command));
            } catch (final InvalidSettingException e) {
                throw new ParameterException(command.commandLine(), e.getMessage(), e, option, path.toString());
            }
        }
        return Optional.of(file);
    }

    private static Set<String> settingsOf(final CommandSpec command) {
        return command.options().stream().filter(SettingDefaults::isSetting)
                .map(option -> SettingNames.ofOption(option.longestName()))
                .filter(setting -> !setting.equals(CONFIG_SETTING))
                .collect(Collectors.toSet());
    }

    /** Help and version are not settings, and Kafka client settings come key by key. */
    private static boolean isSetting(final OptionSpec option) {
        return !option.usageHelp() && !option.versionHelp() && !Map.class.isAssignableFrom(option.type());
    }
}
