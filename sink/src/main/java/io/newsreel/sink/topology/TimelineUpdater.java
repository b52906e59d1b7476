package io.newsreel.sink.topology;

import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.ReleaseSource;
import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.sink.release.ArticleSlots;
import io.newsreel.sink.release.ReleaseSlot;
import io.newsreel.sink.release.SlotEntries;
import io.newsreel.sink.release.SlotIds;
import io.newsreel.sink.release.SlotReport;
import io.newsreel.sink.timeline.ShowSummary;
import io.newsreel.sink.timeline.TimeOrderedKeys;
import io.newsreel.sink.timeline.TimelineEntries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Puts each article of a show into the show's timeline, and merges the release facts it reports into the show's
 * release slots. A replayed record changes nothing; a newer revision (or a re-tag of the same revision) replaces the
 * article's entry and the reports drawn from it; an older revision is ignored. A record whose article no longer
 * lists the show (a re-tag took the show away) retracts the article and its reports from the show's timeline. Forwards each entry that changed,
 * keyed by {@link TimelineEntry#topicKey()}, and a tombstone for each entry that went away.
 */
final class TimelineUpdater implements Processor<String, ShowTagged, String, TimelineEntry> {

    private ProcessorContext<String, TimelineEntry> context;
    private KeyValueStore<String, TimelineEntry> timeline;
    private KeyValueStore<String, String> positions;
    private KeyValueStore<String, ReleaseSlot> slots;
    private KeyValueStore<String, ArticleSlots> articleSlots;
    private KeyValueStore<String, ShowSummary> shows;
    /** The input record's time, given to every record forwarded for it so that a replay forwards the same. */
    private long timestamp;

    @Override
    public void init(final ProcessorContext<String, TimelineEntry> context) {
        this.context = context;
        this.timeline = context.getStateStore(SinkTopology.TIMELINE_STORE);
        this.positions = context.getStateStore(SinkTopology.TIMELINE_POSITION_STORE);
        this.slots = context.getStateStore(SinkTopology.RELEASE_SLOT_STORE);
        this.articleSlots = context.getStateStore(SinkTopology.ARTICLE_SLOT_STORE);
        this.shows = context.getStateStore(SinkTopology.SHOW_STORE);
    }

    @Override
    public void process(final Record<String, ShowTagged> record) {
        final ShowTagged tagged = record.value();
        if (tagged == null || record.key() == null) {
            return;
        }
        final String showId = record.key();
        timestamp = record.timestamp();
        final TimelineEntry entry = TimelineEntries.forArticle(showId, tagged);
        final String positionKey = TimeOrderedKeys.positionKey(showId, entry.entryId());
        final String previousKey = positions.get(positionKey);
        final TimelineEntry previous = previousKey == null ? null : timeline.get(previousKey);
        if (previous != null && previous.article().revision() > entry.article().revision()) {
            return;
        }
        final boolean retracted = tagged.article().shows().stream().noneMatch(show -> show.id().equals(showId));
        if (retracted) {
            if (previousKey != null) {
                timeline.delete(previousKey);
                positions.delete(positionKey);
                context.forward(new Record<>(entry.topicKey(), null, timestamp));
            }
        } else if (!entry.equals(previous)) {
            final String key = TimeOrderedKeys.key(showId, entry.at(), entry.entryId());
            if (previousKey != null && !previousKey.equals(key)) {
                timeline.delete(previousKey);
            }
            put(key, entry);
            positions.put(positionKey, key);
        }
        final long releaseChange = mergeReleases(showId, tagged.article(), retracted);
        updateSummary(showId, tagged, previous != null, retracted, releaseChange);
    }

    private void updateSummary(final String showId, final ShowTagged tagged, final boolean known,
                               final boolean retracted, final long releaseChange) {
        final ShowSummary before = shows.get(showId);
        ShowSummary summary = before != null ? before : ShowSummary.empty(showId, tagged.show().name());
        if (retracted) {
            summary = known ? summary.withoutArticle() : summary;
        } else {
            summary = known ? summary.named(tagged.show().name())
                    : summary.withArticle(tagged.show().name(), tagged.article().published());
        }
        summary = summary.withReleasesChangedBy(releaseChange);
        if (!summary.equals(before) && (before != null || !retracted)) {
            shows.put(showId, summary);
        }
    }

    /**
     * Replaces the article's reports in every slot they were or now are in, and applies the difference to the
     * timeline.
     *
     * @return how many release entries the show gained (negative when it lost some)
     */
    private long mergeReleases(final String showId, final TaggedArticle article, final boolean retracted) {
        final Map<String, List<SlotReport>> reportsBySlot = new LinkedHashMap<>();
        for (final ReleaseEvent event : article.releaseEvents()) {
            if (!retracted && showId.equals(event.showId())) {
                final SlotReport report = new SlotReport(event, source(article, event));
                SlotIds.of(event).forEach(slotId ->
                        reportsBySlot.computeIfAbsent(slotId, id -> new ArrayList<>()).add(report));
            }
        }
        final String articleKey = TimeOrderedKeys.positionKey(showId, article.id());
        final ArticleSlots before = articleSlots.get(articleKey);
        final TreeSet<String> touched = new TreeSet<>(reportsBySlot.keySet());
        if (before != null) {
            touched.addAll(before.slotIds());
        }
        long change = 0;
        for (final String slotId : touched) {
            final String slotKey = TimeOrderedKeys.positionKey(showId, slotId);
            final ReleaseSlot known = slots.get(slotKey);
            final ReleaseSlot old = known != null ? known : ReleaseSlot.empty(showId, slotId);
            ReleaseSlot updated = old.without(article.id());
            for (final SlotReport report : reportsBySlot.getOrDefault(slotId, List.of())) {
                updated = updated.with(report);
            }
            if (!updated.equals(old)) {
                change += replaceEntries(SlotEntries.of(old), SlotEntries.of(updated));
                if (updated.reports().isEmpty()) {
                    slots.delete(slotKey);
                } else {
                    slots.put(slotKey, updated);
                }
            }
        }
        if (reportsBySlot.isEmpty()) {
            articleSlots.delete(articleKey);
        } else {
            articleSlots.put(articleKey, new ArticleSlots(List.copyOf(reportsBySlot.keySet())));
        }
        return change;
    }

    private static ReleaseSource source(final TaggedArticle article, final ReleaseEvent event) {
        return new ReleaseSource(article.id(), article.title(), article.url(), article.feedUrl(), article.published(),
                event.evidence(), event.confidence());
    }

    /** Removes the entries that went away, writes those that are new or changed; returns the change in count. */
    private long replaceEntries(final List<TimelineEntry> before, final List<TimelineEntry> after) {
        final Map<String, TimelineEntry> wanted = new LinkedHashMap<>();
        after.forEach(entry -> wanted.put(TimeOrderedKeys.key(entry.showId(), entry.at(), entry.entryId()), entry));
        for (final TimelineEntry entry : before) {
            final String key = TimeOrderedKeys.key(entry.showId(), entry.at(), entry.entryId());
            final TimelineEntry replacement = wanted.get(key);
            if (replacement == null) {
                timeline.delete(key);
                context.forward(new Record<>(entry.topicKey(), null, timestamp));
            } else if (replacement.equals(entry)) {
                wanted.remove(key);
            }
        }
        wanted.forEach(this::put);
        return after.size() - before.size();
    }

    private void put(final String key, final TimelineEntry entry) {
        timeline.put(key, entry);
        context.forward(new Record<>(entry.topicKey(), entry, timestamp));
    }
}
