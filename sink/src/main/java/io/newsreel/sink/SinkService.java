package io.newsreel.sink;

import io.newsreel.contract.topic.TopicProvisioner;
import io.newsreel.contract.topic.Topics;
import io.newsreel.sink.api.ApiServer;
import io.newsreel.sink.store.StreamsStoreAccess;
import io.newsreel.sink.store.TimelineQueries;
import io.newsreel.sink.topology.SinkTopology;
import io.newsreel.streams.ErrorRouting;
import io.newsreel.streams.StreamsApp;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.StreamsConfig;

/** The sink service: materializes timelines and serves them over HTTP. */
public final class SinkService implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final SinkConfig config;
    private StreamsApp app;
    private ApiServer api;

    public SinkService(final SinkConfig config) {
        this.config = config;
    }

    public void start() {
        try (Admin admin = Admin.create(config.kafka())) {
            new TopicProvisioner(admin).ensure(List.of(Topics.SHOW_TAGS, Topics.TIMELINES, Topics.SINK_ERRORS));
        }
        final Properties properties = StreamsApp.baseProperties(config.applicationId(), config.kafka());
        properties.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        ErrorRouting.configure(properties, "sink", Topics.SINK_ERRORS);
        app = StreamsApp.start("sink", SinkTopology.build(properties), properties);
        app.awaitRunning(START_TIMEOUT);
        api = ApiServer.start(new TimelineQueries(new StreamsStoreAccess(app.streams())), config.httpHost(),
                config.httpPort());
    }

    /** The port the HTTP API listens on. */
    public int httpPort() {
        return api.port();
    }

    @Override
    public void close() {
        if (api != null) {
            api.close();
        }
        if (app != null) {
            app.close();
        }
    }
}
