package io.newsreel.sink.person;

import io.newsreel.contract.event.PersonTag;
import io.newsreel.contract.event.PersonTagged;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.sink.timeline.TimeOrderedKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps, per person, the articles that name them (newest revision only, ordered by publication time) and a summary
 * with their shows. A replayed or older revision changes nothing; a record whose article no longer names the person
 * (a re-tag took the tag away) takes the article off the person's page.
 */
public final class PersonIndexer implements Processor<String, PersonTagged, Void, Void> {

    private final String personStoreName;
    private final String articleStoreName;
    private final String positionStoreName;
    private KeyValueStore<String, PersonSummary> persons;
    private KeyValueStore<String, PersonArticle> articles;
    private KeyValueStore<String, String> positions;

    public PersonIndexer(final String personStore, final String articleStore, final String positionStore) {
        this.personStoreName = personStore;
        this.articleStoreName = articleStore;
        this.positionStoreName = positionStore;
    }

    @Override
    public void init(final ProcessorContext<Void, Void> context) {
        persons = context.getStateStore(personStoreName);
        articles = context.getStateStore(articleStoreName);
        positions = context.getStateStore(positionStoreName);
    }

    @Override
    public void process(final Record<String, PersonTagged> record) {
        final PersonTagged tagged = record.value();
        if (tagged == null || record.key() == null) {
            return;
        }
        final String personId = record.key();
        final PersonArticle article = personArticle(tagged.article());
        final String positionKey = TimeOrderedKeys.positionKey(personId, article.id());
        final String previousKey = positions.get(positionKey);
        final PersonArticle previous = previousKey == null ? null : articles.get(previousKey);
        if (previous != null && previous.revision() > article.revision()) {
            return;
        }
        if (tagged.article().persons().stream().noneMatch(person -> person.id().equals(personId))) {
            retract(personId, positionKey, previousKey, previous);
            return;
        }
        if (article.equals(previous)) {
            return;
        }
        final String key = TimeOrderedKeys.key(personId, article.published(), article.id());
        if (previousKey != null && !previousKey.equals(key)) {
            articles.delete(previousKey);
        }
        articles.put(key, article);
        positions.put(positionKey, key);
        persons.put(personId, summarize(persons.get(personId), tagged.person(), previous, article));
    }

    /** Takes an article a re-tag no longer names the person in off their page. */
    private void retract(final String personId, final String positionKey, final String previousKey,
                         final PersonArticle previous) {
        if (previous == null) {
            return;
        }
        articles.delete(previousKey);
        positions.delete(positionKey);
        final PersonSummary known = persons.get(personId);
        if (known.articleCount() <= 1) {
            persons.delete(personId);
            return;
        }
        persons.put(personId, new PersonSummary(known.id(), known.name(), known.roles(), known.articleCount() - 1,
                known.lastSeen(), withoutArticle(known.shows(), previous)));
    }

    private static PersonArticle personArticle(final TaggedArticle article) {
        return new PersonArticle(article.id(), article.revision(), article.title(), article.url(), article.feedUrl(),
                article.published(), article.shows().stream()
                .map(show -> new PersonArticle.ShowRef(show.id(), show.name(), show.salience())).toList());
    }

    private static List<ShowCount> withoutArticle(final List<ShowCount> shows, final PersonArticle article) {
        final Map<String, ShowCount> counts = new LinkedHashMap<>();
        shows.forEach(show -> counts.put(show.id(), show));
        article.shows().forEach(show -> counts.computeIfPresent(show.id(), (id, count) ->
                count.articles() <= 1 ? null : new ShowCount(id, count.name(), count.articles() - 1)));
        return List.copyOf(counts.values());
    }

    private static PersonSummary summarize(final PersonSummary known, final PersonTag person,
                                           final PersonArticle previous, final PersonArticle article) {
        final Set<String> roles = new LinkedHashSet<>(known == null ? List.of() : known.roles());
        roles.addAll(person.roles());
        final Map<String, ShowCount> shows = new LinkedHashMap<>();
        if (known != null) {
            (previous == null ? known.shows() : withoutArticle(known.shows(), previous))
                    .forEach(show -> shows.put(show.id(), show));
        }
        article.shows().forEach(show -> shows.merge(show.id(), new ShowCount(show.id(), show.name(), 1),
                (count, one) -> new ShowCount(count.id(), one.name(), count.articles() + 1)));
        final List<ShowCount> ordered = new ArrayList<>(shows.values());
        ordered.sort(Comparator.comparingLong(ShowCount::articles).reversed().thenComparing(ShowCount::id));
        final long articleCount = (known == null ? 0 : known.articleCount()) + (previous == null ? 1 : 0);
        final Instant lastSeen = known == null || known.lastSeen() == null
                || article.published().isAfter(known.lastSeen()) ? article.published() : known.lastSeen();
        return new PersonSummary(person.id(), person.name(), List.copyOf(roles), articleCount, lastSeen, ordered);
    }
}
