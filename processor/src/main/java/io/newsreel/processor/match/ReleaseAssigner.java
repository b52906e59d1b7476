package io.newsreel.processor.match;

import io.newsreel.contract.event.DateWindow;
import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.ReleaseType;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.processor.release.ReleaseFact;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each dated release fact its show: the first show named in the fact's sentence, else the article's subject.
 * A fact no show can be given to is dropped, and one fact reported twice in an article is kept once.
 */
final class ReleaseAssigner {

    /** What makes two facts of one article the same fact, whatever sentences stated them. */
    private record SameFact(String showId, ReleaseType type, LocalDate date, DateWindow window) {
    }

    private ReleaseAssigner() {
    }

    static List<ReleaseEvent> assign(final List<ReleaseFact> facts, final List<ShowMention> mentions,
                                     final List<ShowTag> showTags, final String articleId) {
        final ShowTag subject = SalienceJudge.subject(showTags);
        final Map<SameFact, ReleaseEvent> events = new LinkedHashMap<>();
        for (final ReleaseFact fact : facts) {
            if (fact.date() == null && fact.window() == null) {
                // An undated fact (a cadence, an episode count) says nothing a timeline can place.
                continue;
            }
            final int start = fact.evidence().start();
            final int end = fact.evidence().end();
            final ShowMention inSentence = firstInside(mentions, start, end);
            final ShowTag show = inSentence == null ? subject : find(showTags, inSentence.show().id());
            if (show != null) {
                final ReleaseEvent event = new ReleaseEvent(show.id(), show.name(), fact.season(), fact.type(),
                        fact.date(), fact.window(), fact.platform(), fact.episodes(), fact.cadence(),
                        fact.episodeDates(), articleId, fact.evidence(), fact.confidence());
                events.putIfAbsent(new SameFact(show.id(), fact.type(), fact.date(), fact.window()), event);
            }
        }
        return List.copyOf(events.values());
    }

    private static ShowMention firstInside(final List<ShowMention> mentions, final int start, final int end) {
        for (final ShowMention mention : mentions) {
            if (mention.start() >= start && mention.end() <= end) {
                return mention;
            }
        }
        return null;
    }

    /** The tag of this show, or null. */
    private static ShowTag find(final List<ShowTag> tags, final String id) {
        for (final ShowTag tag : tags) {
            if (tag.id().equals(id)) {
                return tag;
            }
        }
        return null;
    }
}
