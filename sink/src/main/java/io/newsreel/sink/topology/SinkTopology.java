package io.newsreel.sink.topology;

import static io.newsreel.streams.TopicIO.consumed;
import static io.newsreel.streams.TopicIO.produced;

import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.contract.serde.JsonSerde;
import io.newsreel.contract.topic.Topics;
import io.newsreel.sink.timeline.ShowSummary;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * The sink's topology. In: {@code show-tags} (show id → ShowTagged). Kept: the timeline store (one ordered range per
 * show), entry positions and show summaries, all persistent with changelogs. Out: {@code timelines}
 * ({@code showId/entryId} → TimelineEntry).
 */
public final class SinkTopology {

    public static final String TIMELINE_STORE = "timeline-store";
    public static final String POSITION_STORE = "timeline-position-store";
    public static final String SHOW_STORE = "show-store";

    private SinkTopology() {
    }

    public static Topology build(final Properties streamsProperties) {
        final StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TIMELINE_STORE),
                Serdes.String(), JsonSerde.of(TimelineEntry.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(POSITION_STORE),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SHOW_STORE),
                Serdes.String(), JsonSerde.of(ShowSummary.class)));

        builder.stream(Topics.SHOW_TAGS.name(), consumed(Topics.SHOW_TAGS))
                .process(TimelineUpdater::new, TIMELINE_STORE, POSITION_STORE, SHOW_STORE)
                .to(Topics.TIMELINES.name(), produced(Topics.TIMELINES));
        return builder.build(streamsProperties);
    }
}
