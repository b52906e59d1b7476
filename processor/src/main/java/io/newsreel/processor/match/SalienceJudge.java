package io.newsreel.processor.match;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import io.newsreel.contract.event.Salience;
import io.newsreel.contract.event.ShowTag;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which of the shows an article names it is about. A show in the title is the subject; otherwise the show
 * named most, and early, is. A show named only where the text looks back ("who starred in", "known for",
 * "director of the hit", a title in parentheses after a name) is a passing mention.
 */
final class SalienceJudge {

    static final List<String> LOOKING_BACK_WORDS = List.of("starred in", "stars of", "star of", "known for",
            "best known", "breakout", "previous", "previously", "earlier", "also appeared", "also starred",
            "also directed", "also wrote", "appeared in", "directed", "wrote", "penned", "helmed", "after hit",
            "after success", "after the hit", "after the success", "hit series", "hit drama", "hit show", "followed",
            "succeeded", "the team behind", "the director of", "the writer of", "the creator of", "the creators of",
            "last year's");
    /** How far before the mention a looking-back phrase may end. */
    private static final int REACH = 40;
    /**
     * The phrases, all found in one pass over the text before a mention. A regular expression of them was tried at
     * every character before every mention.
     */
    private static final AhoCorasickDoubleArrayTrie<String> LOOKING_BACK = lookingBackTrie();
    /** What may stand between a looking-back phrase and the mention: no sentence end, at most {@link #REACH}. */
    private static final Pattern UP_TO_MENTION = Pattern.compile("[^.!?\\n]{0," + REACH + "}$");
    /** No looking-back phrase starts further back than this from the mention. */
    private static final int LOOK_BACK = REACH + LOOKING_BACK_WORDS.stream().mapToInt(String::length).max()
            .orElseThrow();
    private static final int LEAD_CHARS = 400;

    private SalienceJudge() {
    }

    /** The article's subject: the first of its show tags judged primary, or null when none is. */
    static ShowTag subject(final List<ShowTag> tags) {
        for (final ShowTag tag : tags) {
            if (tag.salience() == Salience.PRIMARY) {
                return tag;
            }
        }
        return null;
    }

    /** The ids of the shows the article is about. */
    static Set<String> primary(final List<ShowMention> mentions, final ArticleText text) {
        final Set<String> inTitle = new HashSet<>();
        final Map<String, Double> scores = new HashMap<>();
        for (final ShowMention mention : mentions) {
            final String id = mention.show().id();
            if (text.inTitle(mention.start())) {
                inTitle.add(id);
                continue;
            }
            final double weight = lookingBack(text, mention) ? 0.2 : 1.0;
            final boolean lead = mention.start() < text.titleEnd() + LEAD_CHARS;
            scores.merge(id, lead ? weight * 2 : weight, Double::sum);
        }
        if (!inTitle.isEmpty()) {
            return inTitle;
        }
        double best = 0;
        for (final double score : scores.values()) {
            best = Math.max(best, score);
        }
        final Set<String> primary = new HashSet<>();
        for (final Map.Entry<String, Double> score : scores.entrySet()) {
            if (best >= 1.0 && score.getValue() >= best) {
                primary.add(score.getKey());
            }
        }
        return primary;
    }

    private static boolean lookingBack(final ArticleText text, final ShowMention mention) {
        final int from = Math.max(text.sentenceStart(mention.start()), mention.start() - LOOK_BACK);
        final String before = text.original().substring(from, mention.start()).toLowerCase(Locale.ROOT);
        final boolean inParentheses = before.endsWith("(") || before.endsWith("(\"") || before.endsWith("(\u201c");
        return inParentheses || looksBack(before);
    }

    /**
     * Whether a looking-back phrase stands in {@code before} (lower case) with at most {@link #REACH} characters and
     * no sentence end after it.
     */
    static boolean looksBack(final String before) {
        final Matcher upToMention = UP_TO_MENTION.matcher(before);
        final boolean[] found = {false};
        LOOKING_BACK.parseText(before, (AhoCorasickDoubleArrayTrie.IHitCancellable<String>) (begin, end, phrase) -> {
            found[0] = upToMention.region(end, before.length()).lookingAt();
            return !found[0];
        });
        return found[0];
    }

    private static AhoCorasickDoubleArrayTrie<String> lookingBackTrie() {
        final Map<String, String> phrases = new TreeMap<>();
        LOOKING_BACK_WORDS.forEach(phrase -> phrases.put(phrase, phrase));
        final AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();
        trie.build(phrases);
        return trie;
    }
}
