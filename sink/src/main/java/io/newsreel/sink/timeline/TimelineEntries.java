package io.newsreel.sink.timeline;

import io.newsreel.contract.event.EntryKind;
import io.newsreel.contract.event.PersonRef;
import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.event.TimelineArticle;
import io.newsreel.contract.event.TimelineEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the article entries of a timeline. Articles of one story share one entry, placed at the story's first
 * article and listing them all; an article without a story is an entry of its own.
 */
public final class TimelineEntries {

    private static final Comparator<TimelineArticle> OLDEST_FIRST = Comparator
            .comparing(TimelineArticle::published).thenComparing(TimelineArticle::id);

    private TimelineEntries() {
    }

    /** The id of the entry an article belongs in: its story's, else its own. */
    public static String entryId(final TaggedArticle article) {
        return article.storyId() != null ? "story:" + article.storyId() : articleEntryId(article.id());
    }

    /** The entry id of an article's entry of its own. */
    public static String articleEntryId(final String articleId) {
        return "article:" + articleId;
    }

    /** An article as the timeline of the show it is tagged with shows it. */
    public static TimelineArticle article(final ShowTagged tagged) {
        final TaggedArticle article = tagged.article();
        return new TimelineArticle(article.id(), article.revision(), article.title(), article.url(),
                article.feedUrl(), article.summary(), article.published(), tagged.show().salience(),
                article.persons().stream().map(person -> new PersonRef(person.id(), person.name())).toList());
    }

    /** The articles of an entry. */
    public static List<TimelineArticle> members(final TimelineEntry entry) {
        return entry.coverage().isEmpty() ? List.of(entry.article()) : entry.coverage();
    }

    /** The entry holding these articles (at least one), placed at the oldest. */
    public static TimelineEntry of(final String showId, final String entryId, final List<TimelineArticle> members) {
        final List<TimelineArticle> ordered = new ArrayList<>(members);
        ordered.sort(OLDEST_FIRST);
        final TimelineArticle first = ordered.get(0);
        return new TimelineEntry(showId, entryId, EntryKind.ARTICLE, first.published(), first, null,
                ordered.size() > 1 ? ordered : List.of());
    }
}
