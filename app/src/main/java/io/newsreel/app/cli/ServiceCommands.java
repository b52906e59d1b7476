package io.newsreel.app.cli;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsreel.app.config.SettingDefaults;
import io.newsreel.app.console.FirstPollProgress;
import io.newsreel.ingest.IngestConfig;
import io.newsreel.ingest.IngestService;
import io.newsreel.ops.AdministeredService;
import io.newsreel.ops.Meters;
import io.newsreel.ops.Monitoring;
import io.newsreel.processor.ProcessorConfig;
import io.newsreel.processor.ProcessorService;
import io.newsreel.sink.SinkConfig;
import io.newsreel.sink.SinkService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * One service each, against an existing Kafka. Every setting comes from its option, else its {@code NEWSREEL_*}
 * environment variable, else the {@code --config} file, else its default, and is checked before anything starts.
 */
public final class ServiceCommands {

    private ServiceCommands() {
    }

    /** {@code newsreel ingest}. */
    @Command(name = "ingest", mixinStandardHelpOptions = true, defaultValueProvider = SettingDefaults.class,
            description = "Run the ingest service; metrics and health on its admin port.",
            footer = ConfigFileOption.SOURCES)
    public static final class Ingest implements Callable<Integer> {

        @Mixin
        private ConfigFileOption configFile;

        @Mixin
        private KafkaOptions kafka;

        @Mixin
        private IngestOptions options;

        IngestConfig config() {
            return options.config(kafka.clientProperties());
        }

        @Override
        public Integer call() {
            final IngestConfig config = config();
            final PrometheusMeterRegistry meters = Meters.prometheus();
            final IngestService service = new IngestService(config, Clock.systemUTC(), meters);
            final Instant startedAt = Instant.now();
            final Runnable start = () -> {
                service.start();
                FirstPollProgress.tryFollow(config.kafka(), startedAt);
            };
            return untilShutdown("ingest", new AdministeredService(start, service, options.adminPort(),
                    new Monitoring(meters, service::health)));
        }
    }

    /** {@code newsreel processor}. */
    @Command(name = "processor", mixinStandardHelpOptions = true, defaultValueProvider = SettingDefaults.class,
            description = "Run the tagging processor; metrics and health on its admin port.",
            footer = ConfigFileOption.SOURCES)
    public static final class Processor implements Callable<Integer> {

        @Mixin
        private ConfigFileOption configFile;

        @Mixin
        private KafkaOptions kafka;

        @Mixin
        private ProcessorOptions options;

        ProcessorConfig config() {
            return options.config(kafka.streamsProperties());
        }

        @Override
        public Integer call() {
            final ProcessorConfig config = config();
            final PrometheusMeterRegistry meters = Meters.prometheus();
            final ProcessorService service = new ProcessorService(config, meters);
            return untilShutdown("processor", new AdministeredService(service::start, service, options.adminPort(),
                    new Monitoring(meters, service::health)));
        }
    }

    /** {@code newsreel sink}. */
    @Command(name = "sink", mixinStandardHelpOptions = true, defaultValueProvider = SettingDefaults.class,
            description = "Run the timeline sink and the HTTP API; metrics and health on the API's port.",
            footer = ConfigFileOption.SOURCES)
    public static final class Sink implements Callable<Integer> {

        @Mixin
        private ConfigFileOption configFile;

        @Mixin
        private KafkaOptions kafka;

        @Mixin
        private SinkOptions options;

        SinkConfig config() {
            return options.config(kafka.streamsProperties());
        }

        @Override
        public Integer call() {
            final SinkService service = new SinkService(config(), Clock.systemUTC(), Meters.prometheus(), List.of());
            return UntilShutdown.run(service::start, service, () -> System.out.printf(
                    "newsreel sink is running: http://localhost:%d/ (also /metrics and /health/ready)%n",
                    service.httpPort()));
        }
    }

    private static int untilShutdown(final String name, final AdministeredService service) {
        return UntilShutdown.run(service::start, service, () -> System.out.printf(
                "newsreel %s is running: /metrics and /health/ready on port %d%n", name, service.adminPort()));
    }
}
