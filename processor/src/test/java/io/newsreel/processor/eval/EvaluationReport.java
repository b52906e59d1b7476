package io.newsreel.processor.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The scores of one evaluation run, and the per-article misses and false alarms behind them.
 *
 * @param outcomes one per labelled article, in file order
 * @param scores summed counts per category
 * @param eventsLabelled labelled release events
 * @param eventsFoundWithShowAndType labelled release events for which the tagger gave an event of the same show and
 *                                   type, whatever its date
 * @param charactersTaggedAsPersons person tags naming a labelled character; must be 0
 */
public record EvaluationReport(List<ArticleOutcome> outcomes, Map<Category, Score> scores, int eventsLabelled,
                               int eventsFoundWithShowAndType, int charactersTaggedAsPersons) {

    public EvaluationReport {
        outcomes = List.copyOf(outcomes);
        scores = Map.copyOf(scores);
    }

    static EvaluationReport of(final List<ArticleOutcome> outcomes) {
        final Map<Category, Score> scores = new EnumMap<>(Category.class);
        int found = 0;
        int charactersAsPersons = 0;
        for (final ArticleOutcome outcome : outcomes) {
            outcome.comparisons().forEach((category, comparison) ->
                    scores.merge(category, comparison.score(), Score::plus));
            found += outcome.comparison(Category.RELEASE_EVENTS).correct().size() + outcome.wrongDates().size();
            charactersAsPersons += outcome.charactersTaggedAsPersons().size();
        }
        for (final Category category : Category.values()) {
            scores.putIfAbsent(category, Score.ZERO);
        }
        return new EvaluationReport(outcomes, scores, scores.get(Category.RELEASE_EVENTS).labelled(), found,
                charactersAsPersons);
    }

    public Score score(final Category category) {
        return scores.get(category);
    }

    /** Share of labelled release events found with the right show, type and exact date or window. */
    public double exactDateShare() {
        return share(score(Category.RELEASE_EVENTS).correct(), eventsLabelled);
    }

    /** Share of labelled release events found with the right show and type, whatever the date. */
    public double showAndTypeShare() {
        return share(eventsFoundWithShowAndType, eventsLabelled);
    }

    /** A table of every category's counts and P/R/F1, then the release-date and character-as-person figures. */
    public String table() {
        final StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Tagging accuracy on %d labelled articles%n", outcomes.size()));
        out.append(String.format(Locale.ROOT, "%-24s %9s %9s %8s %9s %7s %6s%n",
                "category", "labelled", "predicted", "correct", "precision", "recall", "F1"));
        for (final Category category : Category.values()) {
            final Score score = score(category);
            out.append(String.format(Locale.ROOT, "%-24s %9d %9d %8d %9.3f %7.3f %6.3f%n", category.label(),
                    score.labelled(), score.predicted(), score.correct(), score.precision(), score.recall(),
                    score.f1()));
        }
        final int exact = score(Category.RELEASE_EVENTS).correct();
        out.append(String.format(Locale.ROOT,
                "release events: %d labelled; %d (%.1f%%) found with the right show and type; %d (%.1f%%) with the "
                        + "exact date or window; date right when found: %.1f%%%n",
                eventsLabelled, eventsFoundWithShowAndType, 100 * showAndTypeShare(), exact, 100 * exactDateShare(),
                100 * share(exact, eventsFoundWithShowAndType)));
        out.append(String.format(Locale.ROOT, "characters tagged as persons: %d%n", charactersTaggedAsPersons));
        return out.toString();
    }

    /** Every article with a miss or a false alarm, and what they were, for debugging the tagger. */
    public String details() {
        final StringBuilder out = new StringBuilder();
        for (final ArticleOutcome outcome : outcomes) {
            if (outcome.clean()) {
                continue;
            }
            out.append(outcome.articleId()).append("  ").append(outcome.title()).append(System.lineSeparator());
            for (final Category category : Category.values()) {
                final ArticleOutcome.Comparison comparison = outcome.comparison(category);
                if (!comparison.clean()) {
                    out.append(String.format(Locale.ROOT, "    %-24s missed: %s | false alarms: %s%n",
                            category.label(), listed(comparison.misses()), listed(comparison.falseAlarms())));
                }
            }
            outcome.wrongDates().forEach(wrong -> out.append("    wrong date: ").append(wrong)
                    .append(System.lineSeparator()));
            outcome.charactersTaggedAsPersons().forEach(person -> out.append("    character tagged as person: ")
                    .append(person).append(System.lineSeparator()));
        }
        return out.toString();
    }

    private static String listed(final Set<String> items) {
        return items.isEmpty() ? "-" : String.join(", ", items.stream().sorted().toList());
    }

    private static double share(final int part, final int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
