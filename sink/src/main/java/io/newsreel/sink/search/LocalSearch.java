package io.newsreel.sink.search;

import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.sink.person.PersonSummary;
import io.newsreel.sink.store.PersonQueries;
import io.newsreel.sink.store.StoreAccess;
import io.newsreel.sink.timeline.ShowSummary;
import io.newsreel.sink.topology.SinkTopology;
import java.util.Comparator;
import java.util.List;

/**
 * Finds shows, persons and articles by name or title among what this instance holds. There is no index: each
 * search reads the show, person and article stores through, which is fine for the thousands of each a sink holds.
 */
public final class LocalSearch {

    /** Articles are listed newest first. */
    public static final Comparator<TaggedArticle> NEWEST_FIRST = Comparator
            .comparing(TaggedArticle::published, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(TaggedArticle::id);

    private final StoreAccess stores;

    public LocalSearch(final StoreAccess stores) {
        this.stores = stores;
    }

    /** Up to {@code limit} shows whose name or id matches, most recently updated first. */
    public List<ShowSummary> shows(final SearchText query, final int limit) {
        return stores.<ShowSummary>values(SinkTopology.SHOW_STORE, show -> query.foundIn(show.name(), show.id()))
                .stream().sorted(ShowSummary.MOST_RECENTLY_UPDATED_FIRST).limit(limit).toList();
    }

    /** Up to {@code limit} persons whose name or id matches, most articles first. */
    public List<PersonSummary> persons(final SearchText query, final int limit) {
        return stores.<PersonSummary>values(SinkTopology.PERSON_STORE,
                        person -> query.foundIn(person.name(), person.id()))
                .stream().sorted(PersonQueries.MOST_ARTICLES_FIRST).limit(limit).toList();
    }

    /** Up to {@code limit} articles whose title matches, newest first. */
    public List<TaggedArticle> articles(final SearchText query, final int limit) {
        return stores.<TaggedArticle>values(SinkTopology.ARTICLE_STORE, article -> query.foundIn(article.title()))
                .stream().sorted(NEWEST_FIRST).limit(limit).toList();
    }
}
