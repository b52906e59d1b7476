package io.newsreel.processor.eval;

import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.CharacterTag;
import io.newsreel.contract.event.DateWindow;
import io.newsreel.contract.event.PersonTag;
import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.ReleaseType;
import io.newsreel.contract.event.Salience;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.TaggedArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores a tagger against the labelled articles: shows by salience, persons by id, characters by name (ignoring
 * case), release events by show, type and exact date or window, and person tags that are really characters.
 */
public final class TaggingEvaluation {

    private TaggingEvaluation() {
    }

    public static EvaluationReport evaluate(final List<LabelledArticle> articles,
                                            final Function<Article, TaggedArticle> tagger) {
        final List<ArticleOutcome> outcomes = new ArrayList<>();
        for (final LabelledArticle article : articles) {
            outcomes.add(compare(article, tagger.apply(article.toArticle())));
        }
        return EvaluationReport.of(outcomes);
    }

    /** Compares one article's labels with what the tagger produced for it. */
    public static ArticleOutcome compare(final LabelledArticle labelled, final TaggedArticle tagged) {
        final LabelledArticle.Expected expected = labelled.expected();
        final Set<String> primary = tagged.shows().stream().filter(show -> show.salience() == Salience.PRIMARY)
                .map(ShowTag::id).collect(Collectors.toCollection(LinkedHashSet::new));
        final List<String> mentioned = tagged.shows().stream().map(ShowTag::id)
                .filter(id -> !primary.contains(id)).toList();

        final Map<Category, ArticleOutcome.Comparison> comparisons = new EnumMap<>(Category.class);
        comparisons.put(Category.PRIMARY_SHOWS, ArticleOutcome.Comparison.of(byItself(expected.primaryShows()),
                byItself(primary)));
        comparisons.put(Category.MENTIONED_SHOWS, ArticleOutcome.Comparison.of(byItself(expected.mentionedShows()),
                byItself(mentioned)));
        comparisons.put(Category.PERSONS, ArticleOutcome.Comparison.of(byItself(expected.persons()),
                byItself(tagged.persons().stream().map(PersonTag::id).toList())));
        comparisons.put(Category.CHARACTERS, ArticleOutcome.Comparison.of(byName(expected.characters()),
                byName(tagged.characters().stream().map(CharacterTag::name).toList())));

        final Map<String, String> labelledEvents = new LinkedHashMap<>();
        expected.releaseEvents().forEach(event -> {
            final String key = key(event.showId(), event.type(), event.date(), event.window());
            labelledEvents.put(key, key);
        });
        final Map<String, String> predictedEvents = new LinkedHashMap<>();
        tagged.releaseEvents().forEach(event -> {
            final String key = key(event);
            predictedEvents.put(key, key);
        });
        comparisons.put(Category.RELEASE_EVENTS, ArticleOutcome.Comparison.of(labelledEvents, predictedEvents));

        return new ArticleOutcome(labelled.id(), labelled.title(), comparisons,
                wrongDates(expected.releaseEvents(), tagged.releaseEvents()),
                charactersTaggedAsPersons(expected.characters(), tagged.persons()));
    }

    /** The key an event is matched by: show, type and the day or window ({@code undated} when it has neither). */
    static String key(final String showId, final ReleaseType type, final LocalDate date, final DateWindow window) {
        return showAndType(showId, type) + when(date, window);
    }

    static String key(final ReleaseEvent event) {
        return key(event.showId(), event.type(), event.date(), event.dateWindow());
    }

    static String showAndType(final String showId, final ReleaseType type) {
        return showId + " " + type + " ";
    }

    private static String when(final LocalDate date, final DateWindow window) {
        if (date != null) {
            return date.toString();
        }
        if (window != null) {
            return window.from() + ".." + window.to();
        }
        return "undated";
    }

    private static List<String> wrongDates(final List<LabelledArticle.ExpectedRelease> labelled,
                                           final List<ReleaseEvent> predicted) {
        final List<String> wrong = new ArrayList<>();
        for (final LabelledArticle.ExpectedRelease event : labelled) {
            final String exact = key(event.showId(), event.type(), event.date(), event.window());
            final String prefix = showAndType(event.showId(), event.type());
            final List<String> sameShowAndType = predicted.stream().map(TaggingEvaluation::key)
                    .filter(key -> key.startsWith(prefix)).toList();
            if (!sameShowAndType.isEmpty() && !sameShowAndType.contains(exact)) {
                wrong.add(exact + " predicted as " + sameShowAndType.stream()
                        .map(key -> key.substring(prefix.length())).collect(Collectors.joining(", ")));
            }
        }
        return wrong;
    }

    private static List<String> charactersTaggedAsPersons(final List<String> characters,
                                                          final List<PersonTag> persons) {
        final Set<String> names = byName(characters).keySet();
        final List<String> found = new ArrayList<>();
        for (final PersonTag person : persons) {
            final boolean character = names.contains(nameKey(person.name()))
                    || person.mentions().stream().map(TaggingEvaluation::nameKey).anyMatch(names::contains);
            if (character) {
                found.add(person.name() + " (" + person.id() + ", seen as " + person.mentions() + ")");
            }
        }
        return found;
    }

    /** Characters match ignoring case and runs of white space. */
    static String nameKey(final String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> byName(final Collection<String> names) {
        final Map<String, String> byKey = new LinkedHashMap<>();
        names.forEach(name -> byKey.putIfAbsent(nameKey(name), name));
        return byKey;
    }

    private static Map<String, String> byItself(final Collection<String> ids) {
        final Map<String, String> byKey = new LinkedHashMap<>();
        ids.forEach(id -> byKey.putIfAbsent(id, id));
        return byKey;
    }
}
