package io.newsreel.sink.topology;

import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.ReleaseSource;
import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.event.TimelineArticle;
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
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Puts each article of a show into the show's timeline (the articles of one story into one entry), and merges the
 * release facts it reports into the show's release slots. A replayed record changes nothing; a newer revision (or a
 * re-tag of the same revision) replaces the article's entry and the reports drawn from it; an older revision is
 * ignored. A record whose article no longer lists the show (a re-tag took the show away) retracts the article and its
 * reports from the show's timeline. Forwards each entry that changed, keyed by {@link TimelineEntry#topicKey()}, and a
 * tombstone for each entry that went away.
 */
final class TimelineUpdater implements Processor<String, ShowTagged, String, TimelineEntry> {

    /** Position entries under this prefix remember which entry holds an article. */
    private static final String MEMBER = "member:";

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
        final TimelineArticle incoming = TimelineEntries.article(tagged);
        final String memberKey = TimeOrderedKeys.positionKey(showId, MEMBER + incoming.id());
        final String heldIn = positions.get(memberKey);
        final String entryId = heldIn != null ? heldIn : TimelineEntries.entryId(tagged.article());
        final String entryPosition = TimeOrderedKeys.positionKey(showId, entryId);
        final String previousKey = positions.get(entryPosition);
        final TimelineEntry previous = previousKey == null ? null : timeline.get(previousKey);
        final List<TimelineArticle> members = new ArrayList<>(previous == null ? List.of()
                : TimelineEntries.members(previous));
        final Optional<TimelineArticle> known = members.stream()
                .filter(member -> member.id().equals(incoming.id())).findFirst();
        if (known.isPresent() && known.get().revision() > incoming.revision()) {
            return;
        }
        known.ifPresent(members::remove);
        final boolean retracted = tagged.article().shows().stream().noneMatch(show -> show.id().equals(showId));
        if (retracted) {
            positions.delete(memberKey);
        } else {
            members.add(incoming);
            positions.put(memberKey, entryId);
        }
        final TimelineEntry entry = members.isEmpty() ? null : TimelineEntries.of(showId, entryId, members);
        if (!Objects.equals(entry, previous)) {
            final String key = entry == null ? null : TimeOrderedKeys.key(showId, entry.at(), entryId);
            if (previousKey != null && !previousKey.equals(key)) {
                timeline.delete(previousKey);
            }
            if (entry == null) {
                positions.delete(entryPosition);
                context.forward(new Record<>(previous.topicKey(), null, timestamp));
            } else {
                put(key, entry);
                positions.put(entryPosition, key);
            }
        }
        final long releaseChange = mergeReleases(showId, tagged.article(), retracted);
        final int articleChange = retracted ? (known.isPresent() ? -1 : 0) : (known.isPresent() ? 0 : 1);
        updateSummary(showId, tagged, articleChange, releaseChange);
    }

    private void updateSummary(final String showId, final ShowTagged tagged, final int articleChange,
                               final long releaseChange) {
        final ShowSummary before = shows.get(showId);
        if (before == null && articleChange <= 0) {
            return;
        }
        ShowSummary summary = before != null ? before.named(tagged.show().name())
                : ShowSummary.empty(showId, tagged.show().name());
        if (articleChange > 0) {
            summary = summary.withArticle(tagged.show().name(), tagged.article().published());
        } else if (articleChange < 0) {
            summary = summary.withoutArticle();
        }
        summary = summary.withReleasesChangedBy(releaseChange);
        if (!summary.equals(before)) {
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
