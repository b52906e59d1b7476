package io.newsreel.app.cli;

import io.newsreel.ingest.IngestConfig;
import io.newsreel.ingest.IngestService;
import io.newsreel.ingest.fetch.FetchSettings;
import io.newsreel.processor.ProcessorConfig;
import io.newsreel.processor.ProcessorService;
import io.newsreel.sink.SinkConfig;
import io.newsreel.sink.SinkService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** One service each, against an existing Kafka. */
public final class ServiceCommands {

    private ServiceCommands() {
    }

    /** {@code newsreel ingest}. */
    @Command(name = "ingest", mixinStandardHelpOptions = true, description = "Run the ingest service.")
    public static final class Ingest implements Callable<Integer> {

        @Mixin
        private KafkaOptions kafka;

        @Option(names = "--allow-private-addresses",
                description = "Also fetch feeds on loopback, private and link-local addresses (refused by default so "
                        + "that feed URLs cannot reach internal services).")
        private boolean allowPrivateAddresses;

        @Override
        public Integer call() {
            final IngestService service = new IngestService(IngestConfig.defaults(kafka.clientProperties())
                    .withFetch(FetchSettings.DEFAULTS.withAllowPrivateAddresses(allowPrivateAddresses)),
                    Clock.systemUTC());
            return UntilShutdown.run(service::start, service, () -> { });
        }
    }

    /** {@code newsreel processor}. */
    @Command(name = "processor", mixinStandardHelpOptions = true, description = "Run the tagging processor.")
    public static final class Processor implements Callable<Integer> {

        @Mixin
        private KafkaOptions kafka;

        @Option(names = "--state-dir", defaultValue = "data/state", paramLabel = "DIR",
                description = "Kafka Streams state (default: ${DEFAULT-VALUE}).")
        private Path stateDir;

        @Override
        public Integer call() {
            final ProcessorService service = new ProcessorService(
                    ProcessorConfig.defaults(kafka.clientProperties(), stateDir));
            return UntilShutdown.run(service::start, service, () -> { });
        }
    }

    /** {@code newsreel sink}. */
    @Command(name = "sink", mixinStandardHelpOptions = true, description = "Run the timeline sink and HTTP API.")
    public static final class Sink implements Callable<Integer> {

        @Mixin
        private KafkaOptions kafka;

        @Option(names = "--state-dir", defaultValue = "data/state", paramLabel = "DIR",
                description = "Kafka Streams state (default: ${DEFAULT-VALUE}).")
        private Path stateDir;

        @Option(names = "--http-port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
        private int httpPort;

        @Override
        public Integer call() {
            final SinkService service = new SinkService(
                    SinkConfig.defaults(kafka.clientProperties(), stateDir, httpPort));
            return UntilShutdown.run(service::start, service, () -> { });
        }
    }
}
