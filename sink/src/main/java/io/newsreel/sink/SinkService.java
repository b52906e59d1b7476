package io.newsreel.sink;

import io.newsreel.contract.topic.TopicProvisioner;
import io.newsreel.contract.topic.Topics;
import io.newsreel.sink.api.ApiBackend;
import io.newsreel.sink.api.ApiServer;
import io.newsreel.sink.live.ChangeBroadcaster;
import io.newsreel.sink.live.TimelineChangeFeed;
import io.newsreel.sink.routing.StartedStreams;
import io.newsreel.sink.routing.StreamsInstanceRouting;
import io.newsreel.sink.store.StreamsStoreAccess;
import io.newsreel.sink.topology.SinkTopology;
import io.newsreel.streams.ErrorRouting;
import io.newsreel.streams.StreamsApp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The sink service: materializes timelines, persons and articles, and serves them over HTTP together with the other
 * instances of the same application.
 */
public final class SinkService implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final SinkConfig config;
    private final Clock clock;
    private ChangeBroadcaster changes;
    private TimelineChangeFeed changeFeed;
    private ApiServer api;
    private StreamsApp app;

    public SinkService(final SinkConfig config) {
        this(config, Clock.systemUTC());
    }

    public SinkService(final SinkConfig config, final Clock clock) {
        this.config = config;
        this.clock = clock;
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
        api = ApiServer.start(new ApiBackend(new StreamsStoreAccess(streams::streams),
                new StreamsInstanceRouting(streams), changes, clock), config.httpHost(), config.httpPort());

        final HostInfo address = new HostInfo(config.advertisedHost(), api.port());
        final Properties properties = StreamsApp.baseProperties(config.applicationId(), config.kafka());
        properties.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        properties.put(StreamsConfig.APPLICATION_SERVER_CONFIG, address.host() + ":" + address.port());
        ErrorRouting.configure(properties, "sink", Topics.SINK_ERRORS);
        app = StreamsApp.start("sink", SinkTopology.build(properties), properties);
        streams.started(app.streams(), address);
        app.awaitRunning(START_TIMEOUT);
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
