package io.newsreel.processor.topology;

import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.processor.catalog.LiveCatalog;
import io.newsreel.processor.match.Tagger;
import io.newsreel.processor.story.SimHash;
import io.newsreel.processor.story.StoryCandidate;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Tags each raw article with the current catalog, and fingerprints its text for story assignment. */
final class TaggingProcessor implements FixedKeyProcessor<String, Article, StoryCandidate> {

    private final LiveCatalog catalog;
    private final TaggingMetrics metrics;
    private FixedKeyProcessorContext<String, StoryCandidate> context;
    private ReadOnlyKeyValueStore<String, CatalogEntry> store;

    TaggingProcessor(final LiveCatalog catalog, final TaggingMetrics metrics) {
        this.catalog = catalog;
        this.metrics = metrics;
    }

    @Override
    public void init(final FixedKeyProcessorContext<String, StoryCandidate> context) {
        this.context = context;
        this.store = context.getStateStore(ProcessorTopology.CATALOG_STORE);
    }

    /** Copies keep the body and often rewrite the headline, so the body alone tells them apart best. */
    private static String bodyOrTitle(final Article article) {
        return article.text() == null || article.text().isBlank() ? article.title() : article.text();
    }

    @Override
    public void process(final FixedKeyRecord<String, Article> record) {
        if (record.value() == null) {
            return;
        }
        final Article article = record.value();
        final Tagger tagger = catalog.tagger(store);
        final long start = System.nanoTime();
        final TaggedArticle tagged = tagger.tag(article);
        metrics.tagged(tagged, Duration.ofNanos(System.nanoTime() - start));
        context.forward(record.withValue(new StoryCandidate(tagged, SimHash.of(bodyOrTitle(article)))));
    }
}
