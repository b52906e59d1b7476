package io.newsreel.sink.topology;

import static io.newsreel.streams.TopicIO.consumed;
import static io.newsreel.streams.TopicIO.produced;

import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.contract.serde.JsonSerde;
import io.newsreel.contract.topic.Topics;
import io.newsreel.sink.article.ArticleIndexer;
import io.newsreel.sink.person.PersonArticle;
import io.newsreel.sink.person.PersonIndexer;
import io.newsreel.sink.person.PersonSummary;
import io.newsreel.sink.release.ArticleSlots;
import io.newsreel.sink.release.ReleaseSlot;
import io.newsreel.sink.timeline.ShowSummary;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * The sink's topology: three independent sub-topologies, each keyed like its input topic so that a query for one
 * show, person or article goes to the one instance that owns its partition.
 * <ul>
 *   <li>{@code show-tags} (show id → ShowTagged) → the timeline store (one ordered range per show, with article,
 *       release and episode entries) and show summaries → {@code timelines} ({@code showId/entryId} →
 *       TimelineEntry, tombstones for removed entries);</li>
 *   <li>{@code person-tags} (person id → PersonTagged) → each person's articles in time order and a summary;</li>
 *   <li>{@code tagged-articles} (article id → TaggedArticle) → the newest revision of every article.</li>
 * </ul>
 * All stores are persistent, with changelogs.
 */
public final class SinkTopology {

    /** Show id, time, entry id → {@link TimelineEntry}. */
    public static final String TIMELINE_STORE = "timeline-store";
    /** Show id → {@link ShowSummary}. */
    public static final String SHOW_STORE = "show-store";
    /** Person id, time, article id → {@link PersonArticle}. */
    public static final String PERSON_ARTICLE_STORE = "person-article-store";
    /** Person id → {@link PersonSummary}. */
    public static final String PERSON_STORE = "person-store";
    /** Article id → {@link TaggedArticle}. */
    public static final String ARTICLE_STORE = "article-store";

    static final String TIMELINE_POSITION_STORE = "timeline-position-store";
    static final String RELEASE_SLOT_STORE = "release-slot-store";
    static final String ARTICLE_SLOT_STORE = "article-slot-store";
    static final String PERSON_POSITION_STORE = "person-position-store";

    private SinkTopology() {
    }

    public static Topology build(final Properties streamsProperties) {
        final StreamsBuilder builder = new StreamsBuilder();
        addStore(builder, TIMELINE_STORE, JsonSerde.of(TimelineEntry.class));
        addStore(builder, TIMELINE_POSITION_STORE, Serdes.String());
        addStore(builder, RELEASE_SLOT_STORE, JsonSerde.of(ReleaseSlot.class));
        addStore(builder, ARTICLE_SLOT_STORE, JsonSerde.of(ArticleSlots.class));
        addStore(builder, SHOW_STORE, JsonSerde.of(ShowSummary.class));
        addStore(builder, PERSON_ARTICLE_STORE, JsonSerde.of(PersonArticle.class));
        addStore(builder, PERSON_POSITION_STORE, Serdes.String());
        addStore(builder, PERSON_STORE, JsonSerde.of(PersonSummary.class));
        addStore(builder, ARTICLE_STORE, JsonSerde.of(TaggedArticle.class));

        builder.stream(Topics.SHOW_TAGS.name(), consumed(Topics.SHOW_TAGS))
                .process(TimelineUpdater::new, TIMELINE_STORE, TIMELINE_POSITION_STORE, RELEASE_SLOT_STORE,
                        ARTICLE_SLOT_STORE, SHOW_STORE)
                .to(Topics.TIMELINES.name(), produced(Topics.TIMELINES));
        builder.stream(Topics.PERSON_TAGS.name(), consumed(Topics.PERSON_TAGS))
                .process(() -> new PersonIndexer(PERSON_STORE, PERSON_ARTICLE_STORE, PERSON_POSITION_STORE),
                        PERSON_STORE, PERSON_ARTICLE_STORE, PERSON_POSITION_STORE);
        builder.stream(Topics.TAGGED_ARTICLES.name(), consumed(Topics.TAGGED_ARTICLES))
                .process(() -> new ArticleIndexer(ARTICLE_STORE), ARTICLE_STORE);
        return builder.build(streamsProperties);
    }

    private static <V> void addStore(final StreamsBuilder builder, final String name, final Serde<V> values) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(),
                values));
    }
}
