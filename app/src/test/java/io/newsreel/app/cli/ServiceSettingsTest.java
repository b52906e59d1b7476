package io.newsreel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.app.PipelineConfig;
import io.newsreel.app.config.SettingDefaults;
import io.newsreel.app.config.SettingErrorHandler;
import io.newsreel.ingest.IngestConfig;
import io.newsreel.processor.ProcessorConfig;
import io.newsreel.sink.SinkConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Where each setting comes from: an option wins over its environment variable, which wins over the file. */
class ServiceSettingsTest {

    private static final Map<String, Object> KAFKA = Map.of("bootstrap.servers", "kafka:9092");

    @TempDir
    private Path dir;

    @Test
    void shouldTakeAnOptionOverItsVariableOverTheFileOverTheDefault() throws IOException {
        final Path file = file("http-port=8001");
        final Map<String, String> env = Map.of("NEWSREEL_HTTP_PORT", "8002");

        assertThat(sink(env, "--config", file.toString(), "--http-port", "8003").httpPort()).isEqualTo(8003);
        assertThat(sink(env, "--config", file.toString()).httpPort()).isEqualTo(8002);
        assertThat(sink(Map.of(), "--config", file.toString()).httpPort()).isEqualTo(8001);
        assertThat(sink(Map.of()).httpPort()).isEqualTo(8080);
    }

    @Test
    void shouldFindTheConfigurationFileThroughItsVariable() throws IOException {
        final Path file = file("bootstrap-servers=broker:9093", "advertised-host=sink-2");

        final SinkConfig config = sink(Map.of("NEWSREEL_CONFIG", file.toString()));

        assertThat(config.kafka()).containsEntry("bootstrap.servers", "broker:9093");
        assertThat(config.advertisedHost()).isEqualTo("sink-2");
    }

    @Test
    void shouldMergeKafkaSettingsKeyByKeyWithTheSamePrecedence() throws IOException {
        final Path file = file("bootstrap-servers=kafka:9092", "kafka.linger.ms=1", "kafka.acks=1",
                "kafka.client.id=from-file");
        final Map<String, String> env = Map.of("NEWSREEL_KAFKA_LINGER_MS", "2", "NEWSREEL_KAFKA_ACKS", "all");
        final ServiceCommands.Ingest ingest = new ServiceCommands.Ingest();

        commandLine(ingest, env, new StringWriter()).parseArgs("--config", file.toString(), "--kafka", "linger.ms=3");

        assertThat(ingest.config().kafka()).containsEntry("linger.ms", "3").containsEntry("acks", "all")
                .containsEntry("client.id", "from-file").containsEntry("bootstrap.servers", "kafka:9092");
    }

    @Test
    void shouldTakeTypedValuesOfEveryKindFromTheEnvironment() {
        final Map<String, String> env = Map.of("NEWSREEL_BOOTSTRAP_SERVERS", "kafka:9092",
                "NEWSREEL_POLL_INTERVAL", "90s", "NEWSREEL_MAX_BACKOFF", "PT2H", "NEWSREEL_FETCH_THREADS", "4",
                "NEWSREEL_ALLOW_PRIVATE_ADDRESSES", "true", "NEWSREEL_FULL_TEXT", "false");
        final ServiceCommands.Ingest ingest = new ServiceCommands.Ingest();

        commandLine(ingest, env, new StringWriter()).parseArgs();

        final IngestConfig config = ingest.config();
        assertThat(config.defaultPollInterval()).isEqualTo(Duration.ofSeconds(90));
        assertThat(config.maxBackoff()).isEqualTo(Duration.ofHours(2));
        assertThat(config.fetchThreads()).isEqualTo(4);
        assertThat(config.fetch().allowPrivateAddresses()).isTrue();
        assertThat(config.fullText().enabled()).isFalse();
    }

    @Test
    void shouldLetABooleanOptionWinOverItsVariable() {
        final Map<String, String> env = Map.of("NEWSREEL_BOOTSTRAP_SERVERS", "kafka:9092",
                "NEWSREEL_FULL_TEXT", "false", "NEWSREEL_SEED_CATALOG", "true");
        final ServiceCommands.Ingest ingest = new ServiceCommands.Ingest();
        final ServiceCommands.Processor processor = new ServiceCommands.Processor();

        commandLine(ingest, env, new StringWriter()).parseArgs("--full-text");
        commandLine(processor, env, new StringWriter()).parseArgs("--no-seed-catalog");

        assertThat(ingest.config().fullText().enabled()).isTrue();
        assertThat(processor.config().seedCatalog()).isFalse();
    }

    @Test
    void shouldDefaultToWhatTheServicesThemselvesDefaultTo() {
        final Map<String, String> env = Map.of("NEWSREEL_BOOTSTRAP_SERVERS", "kafka:9092");
        final ServiceCommands.Ingest ingest = new ServiceCommands.Ingest();
        final ServiceCommands.Processor processor = new ServiceCommands.Processor();
        commandLine(ingest, env, new StringWriter()).parseArgs();
        commandLine(processor, env, new StringWriter()).parseArgs();

        assertThat(ingest.config()).isEqualTo(IngestConfig.defaults(KAFKA));
        assertThat(processor.config()).isEqualTo(ProcessorConfig.defaults(KAFKA, Path.of("data", "state")));
        assertThat(sink(env)).isEqualTo(SinkConfig.defaults(KAFKA, Path.of("data", "state"), 8080));
    }

    @Test
    void shouldRunTheEmbeddedBrokerUnlessBootstrapServersAreNamed() {
        final RunCommand local = new RunCommand();
        final RunCommand remote = new RunCommand();
        commandLine(local, Map.of(), new StringWriter())
                .parseArgs("--feed", "https://a.example/rss,https://b.example/rss");
        commandLine(remote, Map.of("NEWSREEL_BOOTSTRAP_SERVERS", "kafka:9092", "NEWSREEL_KAFKA_LINGER_MS", "5"),
                new StringWriter()).parseArgs();

        final PipelineConfig localConfig = local.config();
        assertThat(localConfig.bootstrapServers()).isNull();
        assertThat(localConfig.feeds()).containsExactly("https://a.example/rss", "https://b.example/rss");
        assertThat(localConfig.pollInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(remote.config().bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(remote.config().kafka()).containsEntry("linger.ms", "5");
    }

    private SinkConfig sink(final Map<String, String> env, final String... args) {
        final Map<String, String> withKafka = new HashMap<>(env);
        final boolean kafkaNamed = env.containsKey("NEWSREEL_CONFIG") || env.containsKey("NEWSREEL_BOOTSTRAP_SERVERS");
        if (!kafkaNamed) {
            withKafka.put("NEWSREEL_BOOTSTRAP_SERVERS", "kafka:9092");
        }
        final ServiceCommands.Sink sink = new ServiceCommands.Sink();
        commandLine(sink, withKafka, new StringWriter()).parseArgs(args);
        return sink.config();
    }

    private Path file(final String... lines) throws IOException {
        return Files.write(dir.resolve("newsreel.properties"), List.of(lines));
    }

    static CommandLine commandLine(final Object command, final Map<String, String> env, final StringWriter err) {
        return new CommandLine(command).setDefaultValueProvider(new SettingDefaults(env))
                .setParameterExceptionHandler(new SettingErrorHandler()).setErr(new PrintWriter(err));
    }
}
