package io.newsreel.sink.topology;

import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.sink.timeline.ShowSummary;
import io.newsreel.sink.timeline.TimelineEntries;
import io.newsreel.sink.timeline.TimelineKeys;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Puts each article of a show into the show's timeline, once: a replayed record changes nothing, a newer revision
 * replaces the entry (and moves it when its time changed), an older one is ignored. Forwards each change keyed by
 * {@link TimelineEntry#topicKey()}.
 */
final class TimelineUpdater implements Processor<String, ShowTagged, String, TimelineEntry> {

    private ProcessorContext<String, TimelineEntry> context;
    private KeyValueStore<String, TimelineEntry> timeline;
    private KeyValueStore<String, String> positions;
    private KeyValueStore<String, ShowSummary> shows;

    @Override
    public void init(final ProcessorContext<String, TimelineEntry> context) {
        this.context = context;
        this.timeline = context.getStateStore(SinkTopology.TIMELINE_STORE);
        this.positions = context.getStateStore(SinkTopology.POSITION_STORE);
        this.shows = context.getStateStore(SinkTopology.SHOW_STORE);
    }

    @Override
    public void process(final Record<String, ShowTagged> record) {
        final ShowTagged tagged = record.value();
        if (tagged == null || record.key() == null) {
            return;
        }
        final String showId = record.key();
        final TimelineEntry entry = TimelineEntries.forArticle(showId, tagged);
        final String positionKey = TimelineKeys.positionKey(showId, entry.entryId());
        final String previousKey = positions.get(positionKey);
        final TimelineEntry previous = previousKey == null ? null : timeline.get(previousKey);
        if (previous != null && (previous.equals(entry)
                || previous.article().revision() > entry.article().revision())) {
            return;
        }
        final String key = TimelineKeys.entryKey(showId, entry.at(), entry.entryId());
        if (previousKey != null && !previousKey.equals(key)) {
            timeline.delete(previousKey);
        }
        timeline.put(key, entry);
        positions.put(positionKey, key);
        updateSummary(showId, tagged, previous == null);
        context.forward(record.withKey(entry.topicKey()).withValue(entry));
    }

    private void updateSummary(final String showId, final ShowTagged tagged, final boolean newArticle) {
        final ShowSummary known = shows.get(showId);
        final ShowSummary summary = known != null ? known : ShowSummary.empty(showId, tagged.show().name());
        shows.put(showId, newArticle
                ? summary.withArticle(tagged.show().name(), tagged.article().published())
                : new ShowSummary(showId, tagged.show().name(), summary.articleCount(), summary.lastUpdate()));
    }
}
