package io.newsreel.sink.timeline;

import io.newsreel.contract.event.EntryKind;
import io.newsreel.contract.event.PersonRef;
import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.event.TimelineArticle;
import io.newsreel.contract.event.TimelineEntry;

/** Builds timeline entries from tagged articles. */
public final class TimelineEntries {

    private TimelineEntries() {
    }

    /** The entry an article makes in the timeline of the show it is tagged with. */
    public static TimelineEntry forArticle(final String showId, final ShowTagged tagged) {
        final TaggedArticle article = tagged.article();
        return new TimelineEntry(showId, articleEntryId(article.id()), EntryKind.ARTICLE,
                article.published(),
                new TimelineArticle(article.id(), article.revision(), article.title(), article.url(),
                        article.feedUrl(), article.summary(), article.published(), tagged.show().salience(),
                        article.persons().stream().map(person -> new PersonRef(person.id(), person.name())).toList()),
                null);
    }

    /** The entry id of an article's entry. */
    public static String articleEntryId(final String articleId) {
        return "article:" + articleId;
    }
}
