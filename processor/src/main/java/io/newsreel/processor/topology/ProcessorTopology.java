package io.newsreel.processor.topology;

import static io.newsreel.streams.TopicIO.consumed;
import static io.newsreel.streams.TopicIO.produced;

import io.newsreel.contract.event.PersonTagged;
import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.topic.Topics;
import io.newsreel.processor.catalog.LiveCatalog;
import java.util.Properties;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.state.Stores;

/**
 * The processor's topology. In: {@code raw-articles} (article id → Article) and the {@code catalog} as a global
 * store. Out: {@code tagged-articles} (article id → TaggedArticle), {@code show-tags} (show id → ShowTagged),
 * {@code person-tags} (person id → PersonTagged), {@code release-events} (show id → ReleaseEvent), and newly
 * discovered persons and shows back to {@code catalog}.
 */
public final class ProcessorTopology {

    static final String CATALOG_STORE = "catalog-store";

    private ProcessorTopology() {
    }

    public static Topology build(final LiveCatalog catalog, final Properties streamsProperties) {
        final StreamsBuilder builder = new StreamsBuilder();
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CATALOG_STORE),
                        Topics.CATALOG.keySerde(), Topics.CATALOG.valueSerde()).withLoggingDisabled(),
                Topics.CATALOG.name(),
                consumed(Topics.CATALOG),
                () -> new CatalogStoreUpdater(catalog));

        final KStream<String, TaggedArticle> tagged = builder
                .stream(Topics.RAW_ARTICLES.name(), consumed(Topics.RAW_ARTICLES))
                .processValues(() -> new TaggingProcessor(catalog));

        tagged.to(Topics.TAGGED_ARTICLES.name(), produced(Topics.TAGGED_ARTICLES));
        tagged.flatMap((id, article) -> article.shows().stream()
                        .map(show -> KeyValue.pair(show.id(), new ShowTagged(show, article))).toList())
                .to(Topics.SHOW_TAGS.name(), produced(Topics.SHOW_TAGS));
        tagged.flatMap((id, article) -> article.persons().stream()
                        .map(person -> KeyValue.pair(person.id(), new PersonTagged(person, article))).toList())
                .to(Topics.PERSON_TAGS.name(), produced(Topics.PERSON_TAGS));
        tagged.flatMap((id, article) -> article.releaseEvents().stream()
                        .map(event -> KeyValue.pair(event.showId(), event)).toList())
                .to(Topics.RELEASE_EVENTS.name(), produced(Topics.RELEASE_EVENTS));
        tagged.process(DiscoveryProposer::new).to(Topics.CATALOG.name(), produced(Topics.CATALOG));
        return builder.build(streamsProperties);
    }
}
