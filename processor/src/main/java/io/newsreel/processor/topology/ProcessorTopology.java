package io.newsreel.processor.topology;

import static io.newsreel.streams.TopicIO.consumed;
import static io.newsreel.streams.TopicIO.produced;

import io.newsreel.contract.event.PersonTagged;
import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.serde.JsonSerde;
import io.newsreel.contract.topic.Topics;
import io.newsreel.processor.catalog.LiveCatalog;
import io.newsreel.processor.story.StoryAssignment;
import io.newsreel.processor.story.StoryCandidate;
import io.newsreel.processor.story.StoryIndex;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The processor's topology. In: {@code raw-articles} (article id → Article) and the {@code catalog} as a global
 * store. Articles are tagged where they arrive, then re-keyed by the show they are about so that story assignment
 * sees each show's recent stories in one task. Out: {@code tagged-articles} (article id → TaggedArticle, with its
 * story id), {@code show-tags} (show id → ShowTagged), {@code person-tags} (person id → PersonTagged),
 * {@code release-events} (show id → ReleaseEvent), {@code stories} (story id → Story), and newly discovered persons
 * and shows back to {@code catalog}.
 */
public final class ProcessorTopology {

    static final String CATALOG_STORE = "catalog-store";
    static final String STORY_INDEX_STORE = "story-index-store";
    static final String ARTICLE_STORY_STORE = "article-story-store";
    static final String STORY_STORE = "story-store";

    private ProcessorTopology() {
    }

    public static Topology build(final LiveCatalog catalog, final TaggingMetrics metrics,
                                 final Properties streamsProperties) {
        final StreamsBuilder builder = new StreamsBuilder();
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CATALOG_STORE),
                        Topics.CATALOG.keySerde(), Topics.CATALOG.valueSerde()).withLoggingDisabled(),
                Topics.CATALOG.name(),
                consumed(Topics.CATALOG),
                () -> new CatalogStoreUpdater(catalog));
        addStore(builder, STORY_INDEX_STORE, JsonSerde.of(StoryIndex.class));
        addStore(builder, ARTICLE_STORY_STORE, Serdes.String());
        addStore(builder, STORY_STORE, Topics.STORIES.valueSerde());

        final KStream<String, StoryCandidate> candidates = builder
                .stream(Topics.RAW_ARTICLES.name(), consumed(Topics.RAW_ARTICLES))
                .processValues(() -> new TaggingProcessor(catalog, metrics));
        candidates.mapValues(StoryCandidate::article)
                .process(DiscoveryProposer::new).to(Topics.CATALOG.name(), produced(Topics.CATALOG));

        final KStream<String, StoryAssignment> assigned = candidates
                .selectKey((id, candidate) -> candidate.storyKey())
                .repartition(Repartitioned.with(Serdes.String(), JsonSerde.of(StoryCandidate.class))
                        .withName("story-candidates"))
                .process(StoryAssigner::new, STORY_INDEX_STORE, ARTICLE_STORY_STORE, STORY_STORE);
        assigned.map((key, assignment) -> KeyValue.pair(assignment.story().id(), assignment.story()))
                .to(Topics.STORIES.name(), produced(Topics.STORIES));

        final KStream<String, TaggedArticle> tagged = assigned.mapValues(StoryAssignment::article);
        tagged.map((key, article) -> KeyValue.pair(article.id(), article))
                .to(Topics.TAGGED_ARTICLES.name(), produced(Topics.TAGGED_ARTICLES));
        tagged.flatMap((key, article) -> article.shows().stream()
                        .map(show -> KeyValue.pair(show.id(), new ShowTagged(show, article))).toList())
                .to(Topics.SHOW_TAGS.name(), produced(Topics.SHOW_TAGS));
        tagged.flatMap((key, article) -> article.persons().stream()
                        .map(person -> KeyValue.pair(person.id(), new PersonTagged(person, article))).toList())
                .to(Topics.PERSON_TAGS.name(), produced(Topics.PERSON_TAGS));
        tagged.flatMap((key, article) -> article.releaseEvents().stream()
                        .map(event -> KeyValue.pair(event.showId(), event)).toList())
                .to(Topics.RELEASE_EVENTS.name(), produced(Topics.RELEASE_EVENTS));
        return builder.build(streamsProperties);
    }

    private static <V> void addStore(final StreamsBuilder builder, final String name, final Serde<V> values) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(),
                values));
    }
}
