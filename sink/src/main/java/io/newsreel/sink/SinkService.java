package io.newsreel.sink;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsreel.contract.topic.TopicProvisioner;
import io.newsreel.contract.topic.Topics;
import io.newsreel.ops.Health;
import io.newsreel.ops.HealthCheck;
import io.newsreel.ops.Monitoring;
import io.newsreel.sink.api.ApiBackend;
import io.newsreel.sink.api.ApiServer;
import io.newsreel.sink.live.ChangeBroadcaster;
import io.newsreel.sink.live.TimelineChangeFeed;
import io.newsreel.sink.routing.StartedStreams;
import io.newsreel.sink.routing.StreamsInstanceRouting;
import io.newsreel.sink.store.StoreSizeMetrics;
import io.newsreel.sink.store.StreamsStoreAccess;
import io.newsreel.sink.topology.SinkTopology;
import io.newsreel.streams.ErrorRouting;
import io.newsreel.streams.StreamsApp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The sink service: materializes timelines, persons and articles, and serves them over HTTP together with the other
 * instances of the same application, with this JVM's metrics and health on the same port.
 */
public final class SinkService implements AutoCloseable {

    private final SinkConfig config;
    private final Clock clock;
    private final PrometheusMeterRegistry meters;
    private final List<HealthCheck> alongside;
    private ChangeBroadcaster changes;
    private TimelineChangeFeed changeFeed;
    private ApiServer api;
    private volatile StreamsApp app;

    public SinkService(final SinkConfig config) {
        this(config, Clock.systemUTC());
    }

    public SinkService(final SinkConfig config, final Clock clock) {
        this(config, clock, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), List.of());
    }

    /**
     * @param meters the registry the sink records in and {@code /metrics} serves: every meter of this JVM
     * @param alongside the health of other services in this JVM, which this sink's probes report with its own
     */
    public SinkService(final SinkConfig config, final Clock clock, final PrometheusMeterRegistry meters,
                       final List<HealthCheck> alongside) {
        this.config = config;
        this.clock = clock;
        this.meters = meters;
        this.alongside = List.copyOf(alongside);
    }

    /**
     * Starts the live change feed, then the HTTP API (answering 503 until Streams runs), then Streams, which
     * advertises the port the API got so that other instances can forward to it.
     */
    public void start() {
        try (Admin admin = Admin.create(config.kafka())) {
            new TopicProvisioner(admin).ensure(List.of(Topics.TAGGED_ARTICLES, Topics.PERSON_TAGS, Topics.SHOW_TAGS,
                    Topics.TIMELINES, Topics.SINK_ERRORS));
        }
        changes = new ChangeBroadcaster(ChangeBroadcaster.DEFAULT_CAPACITY);
        changeFeed = TimelineChangeFeed.start(config.kafka(), changes);
        final StartedStreams streams = new StartedStreams();
        final StreamsStoreAccess stores = new StreamsStoreAccess(streams::streams);
        StoreSizeMetrics.bind(stores, meters);
        api = ApiServer.start(new ApiBackend(stores, new StreamsInstanceRouting(streams), changes, clock),
                new Monitoring(meters, this::reportedHealth), config.httpHost(), config.httpPort());

        final HostInfo address = new HostInfo(config.advertisedHost(), api.port());
        final Properties properties = StreamsApp.baseProperties(config.applicationId(), config.kafka());
        properties.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        properties.put(StreamsConfig.APPLICATION_SERVER_CONFIG, address.host() + ":" + address.port());
        ErrorRouting.configure(properties, "sink", Topics.SINK_ERRORS);
        app = StreamsApp.start("sink", SinkTopology.build(properties), properties, meters);
        streams.started(app.streams(), address);
        app.awaitRunning();
    }

    /** Not ready until its topics exist and Streams runs; not live once Streams has failed for good. */
    public Health health() {
        final StreamsApp current = app;
        return current == null ? Health.notReady("sink: creating topics and starting Streams") : current.health();
    }

    private Health reportedHealth() {
        final List<Health> all = new ArrayList<>();
        all.add(health());
        alongside.forEach(check -> all.add(check.health()));
        return Health.all(all);
    }

    /** The port the HTTP API listens on. */
    public int httpPort() {
        return api.port();
    }

    /**
     * Stops in the reverse order of starting: live streams end first so that the HTTP server can stop without
     * waiting for them.
     */
    @Override
    public void close() {
        if (changes != null) {
            changes.close();
        }
        if (api != null) {
            api.close();
        }
        if (changeFeed != null) {
            changeFeed.close();
        }
        if (app != null) {
            app.close();
        }
    }
}
