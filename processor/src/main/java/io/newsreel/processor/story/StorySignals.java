package io.newsreel.processor.story;

import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.TaggedArticle;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What story assignment looks at in an article: when it was published, a SimHash of its text, the events of the show
 * it leads with, and the persons it names.
 *
 * @param articleId the article
 * @param published its publication time
 * @param simHash SimHash of its body (of its title when it has none)
 * @param events the release facts of the show stated in its title or lead, as {@code TYPE day} (or window)
 * @param persons the ids of the persons it names
 */
public record StorySignals(String articleId, Instant published, long simHash, Set<String> events,
                           Set<String> persons) {

    /**
     * How far into the title and text an event must be stated to be what the article reports: coverage of an event
     * names it in the headline or the lead, while a later paragraph recalls earlier dates in passing.
     */
    static final int LEAD_CHARACTERS = 600;

    public StorySignals {
        events = Set.copyOf(events);
        persons = Set.copyOf(persons);
    }

    public static StorySignals of(final TaggedArticle article, final String showId, final long simHash) {
        final Set<String> events = article.releaseEvents().stream()
                .filter(event -> event.showId().equals(showId))
                .filter(event -> event.evidence() == null || event.evidence().start() < LEAD_CHARACTERS)
                .map(StorySignals::event)
                .collect(Collectors.toCollection(TreeSet::new));
        final Set<String> persons = article.persons().stream().map(person -> person.id())
                .collect(Collectors.toCollection(TreeSet::new));
        return new StorySignals(article.id(), article.published(), simHash, events, persons);
    }

    private static String event(final ReleaseEvent event) {
        final String when = event.date() != null ? event.date().toString()
                : event.dateWindow() == null ? "undated"
                : event.dateWindow().from() + ".." + event.dateWindow().to();
        return event.type() + " " + when;
    }
}
