package io.newsreel.processor.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the tagger did on one labelled article: per category what it got right, missed and invented.
 *
 * @param articleId the article
 * @param title its title
 * @param comparisons labels against predictions, per category
 * @param wrongDates labelled release events whose show and type were found but not their date, with what was
 *                   predicted instead
 * @param charactersTaggedAsPersons person tags that name a labelled character
 */
public record ArticleOutcome(String articleId, String title, Map<Category, Comparison> comparisons,
                             List<String> wrongDates, List<String> charactersTaggedAsPersons) {

    public ArticleOutcome {
        comparisons = Map.copyOf(comparisons);
        wrongDates = List.copyOf(wrongDates);
        charactersTaggedAsPersons = List.copyOf(charactersTaggedAsPersons);
    }

    public Comparison comparison(final Category category) {
        return comparisons.get(category);
    }

    /** True when nothing was missed or invented. */
    public boolean clean() {
        return comparisons.values().stream().allMatch(Comparison::clean) && charactersTaggedAsPersons.isEmpty();
    }

    /**
     * Labels against predictions for one category, each item shown as written in the labels (or, for false alarms,
     * as the tagger wrote it).
     *
     * @param correct labelled and predicted
     * @param misses labelled, not predicted
     * @param falseAlarms predicted, not labelled
     */
    public record Comparison(Set<String> correct, Set<String> misses, Set<String> falseAlarms) {

        public Comparison {
            correct = Set.copyOf(correct);
            misses = Set.copyOf(misses);
            falseAlarms = Set.copyOf(falseAlarms);
        }

        /**
         * Compares labelled and predicted items by key (an id, a lower-cased name, an event key).
         *
         * @param labelled display form by key
         * @param predicted display form by key
         */
        public static Comparison of(final Map<String, String> labelled, final Map<String, String> predicted) {
            final Set<String> correct = new LinkedHashSet<>();
            final Set<String> misses = new LinkedHashSet<>();
            final Set<String> falseAlarms = new LinkedHashSet<>();
            labelled.forEach((key, shown) -> (predicted.containsKey(key) ? correct : misses).add(shown));
            predicted.forEach((key, shown) -> {
                if (!labelled.containsKey(key)) {
                    falseAlarms.add(shown);
                }
            });
            return new Comparison(correct, misses, falseAlarms);
        }

        public Score score() {
            return new Score(correct.size(), falseAlarms.size(), misses.size());
        }

        public boolean clean() {
            return misses.isEmpty() && falseAlarms.isEmpty();
        }
    }
}
