package io.newsreel.app.cli;

import static io.newsreel.app.cli.ServiceSettingsTest.commandLine;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong setting stops a service before it starts, with exit code 2 and one line naming the setting and where its
 * value came from. (Were a check missing, the service would start against a Kafka that is not there: the timeout
 * turns that into a failure.)
 */
@Timeout(60)
class ServiceSettingsErrorsTest {

    private static final Map<String, String> KAFKA = Map.of("NEWSREEL_BOOTSTRAP_SERVERS", "127.0.0.1:1");

    @TempDir
    private Path dir;

    @Test
    void shouldNameTheVariableOfABadPort() {
        final String error = failure(new ServiceCommands.Sink(), with(KAFKA, "NEWSREEL_HTTP_PORT", "80800"));

        assertThat(error).isEqualTo("sink: Invalid value for option '--http-port': '80800' is not a port: use 0 to "
                + "65535 (0 picks a free one) (from environment variable NEWSREEL_HTTP_PORT)");
    }

    @Test
    void shouldNameTheFileAndKeyOfABadDuration() throws IOException {
        final Path file = Files.write(dir.resolve("ingest.properties"), List.of("poll-interval=5 minutes"));

        final String error = failure(new ServiceCommands.Ingest(), KAFKA, "--config", file.toString());

        assertThat(error).startsWith("ingest: Invalid value for option '--poll-interval': '5 minutes' is not a "
                + "positive duration").endsWith("(from key poll-interval in " + file + ")");
    }

    @Test
    void shouldNameTheOptionOfABadValueTypedOnTheCommandLine() {
        final String error = failure(new ServiceCommands.Processor(), KAFKA, "--admin-port", "http");

        assertThat(error).isEqualTo("processor: Invalid value for option '--admin-port': 'http' is not a port: use 0 "
                + "to 65535 (0 picks a free one)");
    }

    @Test
    void shouldRefuseAnUnknownKafkaSetting() {
        final String error = failure(new ServiceCommands.Sink(), KAFKA, "--kafka", "lingr.ms=5");

        assertThat(error).isEqualTo("sink: Unknown Kafka setting lingr.ms (--kafka): not a Kafka Streams, producer, "
                + "consumer or admin client setting");
    }

    @Test
    void shouldRefuseAKafkaSettingOfTheWrongType() {
        final String error = failure(new ServiceCommands.Ingest(), with(KAFKA, "NEWSREEL_KAFKA_LINGER_MS", "soon"));

        assertThat(error).isEqualTo("ingest: Kafka setting linger.ms (environment variable NEWSREEL_KAFKA_LINGER_MS): "
                + "Invalid value soon for configuration linger.ms: Not a number of type LONG");
    }

    @Test
    void shouldRefuseAKafkaSettingOutsideItsAllowedValues() throws IOException {
        final Path file = Files.write(dir.resolve("processor.properties"), List.of("kafka.producer.acks=most"));

        final String error = failure(new ServiceCommands.Processor(), KAFKA, "--config", file.toString());

        assertThat(error).isEqualTo("processor: Kafka setting producer.acks (key kafka.producer.acks in " + file
                + "): Invalid value most for configuration acks: String must be one of: all, -1, 0, 1");
    }

    @Test
    void shouldRefuseAKafkaSettingThatHasItsOwnOption() {
        final String error = failure(new ServiceCommands.Sink(), KAFKA, "--kafka", "application.id=other");

        assertThat(error).isEqualTo("sink: Kafka setting application.id (--kafka) is set with --application-id "
                + "instead");
    }

    @Test
    void shouldNameEveryPlaceBootstrapServersCanComeFromWhenNoneDoes() {
        final String error = failure(new ServiceCommands.Processor(), Map.of());

        assertThat(error).isEqualTo("processor: Missing the Kafka bootstrap servers: give --bootstrap-servers "
                + "HOST:PORT, set NEWSREEL_BOOTSTRAP_SERVERS or bootstrap-servers in the --config file");
    }

    @Test
    void shouldRefuseBootstrapServersWithoutAPort() {
        final String error = failure(new ServiceCommands.Ingest(), Map.of("NEWSREEL_BOOTSTRAP_SERVERS", "kafka"));

        assertThat(error).isEqualTo("ingest: Invalid value for option '--bootstrap-servers': 'kafka' is not a list "
                + "of Kafka servers: use host:port[,host:port...] (from environment variable "
                + "NEWSREEL_BOOTSTRAP_SERVERS)");
    }

    @Test
    void shouldRefuseAnUnknownKeyInTheConfigurationFile() throws IOException {
        final Path file = Files.write(dir.resolve("sink.properties"), List.of("htp-port=8081"));

        final String error = failure(new ServiceCommands.Sink(), KAFKA, "--config", file.toString());

        assertThat(error).startsWith("sink: Unknown setting 'htp-port' in " + file + "; known here: ")
                .contains("http-port");
    }

    @Test
    void shouldSayWhenTheConfigurationFileIsMissing() {
        final Path missing = dir.resolve("missing.properties");

        final String error = failure(new ServiceCommands.Ingest(), with(KAFKA, "NEWSREEL_CONFIG", missing.toString()));

        assertThat(error).isEqualTo("ingest: Cannot read the configuration file " + missing + ": no such file (from "
                + "environment variable NEWSREEL_CONFIG)");
    }

    @Test
    void shouldRefuseAWildcardAsTheAdvertisedHost() {
        final String error = failure(new ServiceCommands.Sink(), KAFKA, "--advertised-host", "0.0.0.0");

        assertThat(error).startsWith("sink: Invalid value for option '--advertised-host': '0.0.0.0' is not a host "
                + "other instances can reach");
    }

    /** Runs the command as the newsreel command does and returns its only line of error output. */
    private static String failure(final Object command, final Map<String, String> env, final String... args) {
        final StringWriter err = new StringWriter();

        final int exitCode = commandLine(command, env, err).execute(args);

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
        return err.toString().strip();
    }

    private static Map<String, String> with(final Map<String, String> env, final String variable,
                                            final String value) {
        final Map<String, String> more = new HashMap<>(env);
        more.put(variable, value);
        return more;
    }
}
