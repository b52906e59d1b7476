package io.newsreel.processor.topology;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.processor.catalog.LiveCatalog;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Keeps the global catalog store in step with the {@code catalog} topic and tells the live catalog it changed. */
final class CatalogStoreUpdater implements Processor<String, CatalogEntry, Void, Void> {

    private final LiveCatalog catalog;
    private KeyValueStore<String, CatalogEntry> store;

    CatalogStoreUpdater(final LiveCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void init(final ProcessorContext<Void, Void> context) {
        store = context.getStateStore(ProcessorTopology.CATALOG_STORE);
    }

    @Override
    public void process(final Record<String, CatalogEntry> record) {
        if (record.value() == null) {
            store.delete(record.key());
        } else {
            store.put(record.key(), record.value());
        }
        catalog.changed();
    }
}
