package io.newsreel.sink.store;

import io.newsreel.sink.person.PersonArticle;
import io.newsreel.sink.person.PersonSummary;
import io.newsreel.sink.timeline.TimeOrderedKeys;
import io.newsreel.sink.topology.SinkTopology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.KeyValueIterator;

/** Reads persons and the articles naming them from the sink's stores. */
public final class PersonQueries {

    /** The order persons are listed in: the most written about first. */
    public static final Comparator<PersonSummary> MOST_ARTICLES_FIRST = Comparator
            .comparingLong(PersonSummary::articleCount).reversed()
            .thenComparing(PersonSummary::id);

    private final StoreAccess stores;

    public PersonQueries(final StoreAccess stores) {
        this.stores = stores;
    }

    /** The {@code limit} persons with the most articles that this instance holds, most articles first. */
    public List<PersonSummary> persons(final int limit) {
        return stores.<PersonSummary>values(SinkTopology.PERSON_STORE, person -> true).stream()
                .sorted(MOST_ARTICLES_FIRST).limit(limit).toList();
    }

    public Optional<PersonSummary> person(final String personId) {
        return Optional.ofNullable(stores.<PersonSummary>keyValueStore(SinkTopology.PERSON_STORE).get(personId));
    }

    /** A person's {@code limit} newest articles, newest first. */
    public List<PersonArticle> articles(final String personId, final int limit) {
        final List<PersonArticle> articles = new ArrayList<>();
        try (KeyValueIterator<String, PersonArticle> scan = stores
                .<PersonArticle>keyValueStore(SinkTopology.PERSON_ARTICLE_STORE)
                .reverseRange(TimeOrderedKeys.prefix(personId), TimeOrderedKeys.end(personId))) {
            while (scan.hasNext() && articles.size() < limit) {
                articles.add(scan.next().value);
            }
        }
        return articles;
    }
}
