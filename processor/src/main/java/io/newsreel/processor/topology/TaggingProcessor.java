package io.newsreel.processor.topology;

import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.processor.catalog.LiveCatalog;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Tags each raw article with the current catalog. */
final class TaggingProcessor implements FixedKeyProcessor<String, Article, TaggedArticle> {

    private final LiveCatalog catalog;
    private FixedKeyProcessorContext<String, TaggedArticle> context;
    private ReadOnlyKeyValueStore<String, CatalogEntry> store;

    TaggingProcessor(final LiveCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void init(final FixedKeyProcessorContext<String, TaggedArticle> context) {
        this.context = context;
        this.store = context.getStateStore(ProcessorTopology.CATALOG_STORE);
    }

    @Override
    public void process(final FixedKeyRecord<String, Article> record) {
        if (record.value() == null) {
            return;
        }
        context.forward(record.withValue(catalog.tagger(store).tag(record.value())));
    }
}
