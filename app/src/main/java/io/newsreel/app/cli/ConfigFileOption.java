package io.newsreel.app.cli;

import io.newsreel.app.config.SettingDefaults;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --config FILE}: settings from a properties file, below the command line and the environment. Read by
 * {@link SettingDefaults}, which finds this option on the command.
 */
public final class ConfigFileOption {

    /** Help text after each command's options, saying where else each one can be set. */
    static final String SOURCES = "%nEach option can also be set in the environment (--http-port as "
            + "NEWSREEL_HTTP_PORT) or in the --config file (http-port=8080); an option given on the command line wins "
            + "over the environment, which wins over the file.";

    @Option(names = SettingDefaults.CONFIG_OPTION, paramLabel = "FILE",
            description = "A properties file of settings: option names without dashes as keys (http-port=8080), "
                    + "Kafka client settings under kafka. (kafka.linger.ms=20). Command-line options win over "
                    + "NEWSREEL_* environment variables, which win over the file (NEWSREEL_CONFIG).")
    private Path file;
}
