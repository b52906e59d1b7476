package io.newsreel.processor.topology;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.event.PersonEntry;
import io.newsreel.contract.event.PersonTag;
import io.newsreel.contract.event.ShowEntry;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.TaggedArticle;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Proposes the persons and shows an article revealed that the catalog does not know yet, as discovered catalog
 * entries: later articles then match them like any other entry, under the same id.
 */
final class DiscoveryProposer implements Processor<String, TaggedArticle, String, CatalogEntry> {

    /** Below this, a find is kept on the article but not proposed, so one odd sentence cannot grow the catalog. */
    static final double MIN_CONFIDENCE = 0.8;
    private static final String DISCOVERED = "discovered:";

    private ProcessorContext<String, CatalogEntry> context;
    private ReadOnlyKeyValueStore<String, CatalogEntry> catalog;

    @Override
    public void init(final ProcessorContext<String, CatalogEntry> context) {
        this.context = context;
        this.catalog = context.getStateStore(ProcessorTopology.CATALOG_STORE);
    }

    @Override
    public void process(final Record<String, TaggedArticle> record) {
        if (record.value() == null) {
            return;
        }
        for (final PersonTag person : record.value().persons()) {
            if (isNewDiscovery(person.evidence().rule(), person.confidence(), PersonEntry.KEY_PREFIX + person.id())) {
                propose(record, new PersonEntry(person.id(), person.name(), List.of(), person.roles(), Map.of(),
                        true));
            }
        }
        for (final ShowTag show : record.value().shows()) {
            if (isNewDiscovery(show.evidence().rule(), show.confidence(), ShowEntry.KEY_PREFIX + show.id())) {
                propose(record, new ShowEntry(show.id(), show.name(), List.of(), null, null, null, List.of(),
                        List.of(), true));
            }
        }
    }

    private boolean isNewDiscovery(final String rule, final double confidence, final String key) {
        return rule.startsWith(DISCOVERED) && confidence >= MIN_CONFIDENCE && catalog.get(key) == null;
    }

    private void propose(final Record<String, TaggedArticle> record, final CatalogEntry entry) {
        context.forward(record.withKey(entry.key()).withValue(entry));
    }
}
