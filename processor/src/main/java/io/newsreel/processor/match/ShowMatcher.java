package io.newsreel.processor.match;

import io.newsreel.contract.event.ShowEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds catalog shows by title and alias in one pass. A one-word title that is also an ordinary word ("Moving")
 * counts only where it is written as a title: capitalized and not merely starting a sentence, or in quotes.
 */
public final class ShowMatcher {

    private final PhraseMatcher<ShowEntry> matcher;

    public ShowMatcher(final Iterable<ShowEntry> shows) {
        final Map<String, List<ShowEntry>> byPhrase = new HashMap<>();
        for (final ShowEntry show : shows) {
            Stream.concat(Stream.of(show.title()), show.aliases().stream())
                    .map(TextNormalizer::normalizeText)
                    .filter(phrase -> !phrase.isEmpty())
                    .forEach(phrase -> {
                        final List<ShowEntry> targets = byPhrase.computeIfAbsent(phrase, key -> new ArrayList<>());
                        if (!targets.contains(show)) {
                            targets.add(show);
                        }
                    });
        }
        this.matcher = new PhraseMatcher<>(byPhrase);
    }

    public List<ShowMention> find(final ArticleText text) {
        final List<ShowMention> mentions = new ArrayList<>();
        final Set<String> surelyNamed = new HashSet<>();
        final List<ShowMention> capitalizedAtSentenceStart = new ArrayList<>();
        for (final PhraseMatcher.Match<ShowEntry> match : matcher.find(text.normalized().text())) {
            final int start = text.normalized().originalStart(match.start());
            final int end = text.normalized().originalEnd(match.end());
            final String alias = text.normalized().text().substring(match.start(), match.end());
            final Naming naming = alias.indexOf(' ') >= 0 ? Naming.SURE : naming(text, start, end);
            for (final ShowEntry show : match.targets()) {
                final ShowMention mention = new ShowMention(show, start, end, text.original().substring(start, end),
                        alias);
                if (naming == Naming.SURE) {
                    mentions.add(mention);
                    surelyNamed.add(show.id());
                } else if (naming == Naming.AMBIGUOUS) {
                    capitalizedAtSentenceStart.add(mention);
                }
            }
        }
        // "Moving wins an award" could be a verb; it is the show when the article names the show elsewhere too.
        for (final ShowMention mention : capitalizedAtSentenceStart) {
            if (surelyNamed.contains(mention.show().id())) {
                mentions.add(mention);
            }
        }
        mentions.sort(Comparator.comparingInt(ShowMention::start));
        return mentions;
    }

    /** How surely a one-word title, which may also be an ordinary word, names the show here. */
    private enum Naming { SURE, AMBIGUOUS, NOT }

    private static Naming naming(final ArticleText text, final int start, final int end) {
        final char first = text.original().charAt(start);
        if (isHangul(first) || isQuoted(text.original(), start, end)) {
            return Naming.SURE;
        }
        if (!Character.isUpperCase(first)) {
            return Naming.NOT;
        }
        final boolean startsLine = text.sentenceStart(start) == start || text.inTitle(start);
        return startsLine ? Naming.AMBIGUOUS : Naming.SURE;
    }

    private static boolean isQuoted(final String text, final int start, final int end) {
        return start > 0 && end < text.length() && "\"'\u201c\u2018*".indexOf(text.charAt(start - 1)) >= 0
                && "\"'\u201d\u2019*".indexOf(text.charAt(end)) >= 0;
    }

    private static boolean isHangul(final char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }
}
