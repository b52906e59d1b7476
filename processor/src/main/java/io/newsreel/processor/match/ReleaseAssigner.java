package io.newsreel.processor.match;

import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.Salience;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.processor.release.ReleaseFact;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives each dated release fact its show: the first show named in the fact's sentence, else the article's subject.
 * A fact no show can be given to is dropped, and one fact reported twice in an article is kept once.
 */
final class ReleaseAssigner {

    private ReleaseAssigner() {
    }

    static List<ReleaseEvent> assign(final List<ReleaseFact> facts, final List<ShowMention> mentions,
                                     final List<ShowTag> showTags, final String articleId) {
        final Optional<ShowTag> subject = showTags.stream().filter(tag -> tag.salience() == Salience.PRIMARY)
                .findFirst();
        final Map<List<Object>, ReleaseEvent> events = new LinkedHashMap<>();
        for (final ReleaseFact fact : facts) {
            if (fact.date() == null && fact.window() == null) {
                // An undated fact (a cadence, an episode count) says nothing a timeline can place.
                continue;
            }
            final int start = fact.evidence().start();
            final int end = fact.evidence().end();
            final ShowMention inSentence = firstInside(mentions, start, end);
            final Optional<ShowTag> show = inSentence == null ? subject : find(showTags, inSentence.show().id());
            show.ifPresent(tag -> {
                final ReleaseEvent event = new ReleaseEvent(tag.id(), tag.name(), fact.season(), fact.type(),
                        fact.date(), fact.window(), fact.platform(), fact.episodes(), fact.cadence(),
                        fact.episodeDates(), articleId, fact.evidence(), fact.confidence());
                events.putIfAbsent(List.of(tag.id(), fact.type(), String.valueOf(fact.date()),
                        String.valueOf(fact.window())), event);
            });
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

    private static Optional<ShowTag> find(final List<ShowTag> tags, final String id) {
        return tags.stream().filter(tag -> tag.id().equals(id)).findFirst();
    }
}
