package io.newsreel.processor.release;

import io.newsreel.processor.release.TimeMention.Role;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time expressions of one sentence: days ({@link DayExpressions}) and spans ({@link SpanExpressions}).
 * Patterns run on the lower-cased text, limited to the sentence, and only those whose anchor word the
 * {@link CueScanner} saw there. Where two expressions overlap ("on Sunday" inside "Sunday, April 28") the longer
 * one wins.
 */
final class TimeExpressions {

    private static final String[] MONTH_PREFIXES = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
        "oct", "nov", "dec"};

    private TimeExpressions() {
    }

    static List<TimeMention> find(final Sentence sentence, final DateResolver resolver) {
        final List<TimeMention> found = new ArrayList<>();
        DayExpressions.find(sentence, resolver, found);
        SpanExpressions.find(sentence, resolver, found);
        return longestFirst(found);
    }

    private static List<TimeMention> longestFirst(final List<TimeMention> found) {
        if (found.size() < 2) {
            return found;
        }
        found.sort(Comparator.comparingInt(TimeMention::length).reversed().thenComparingInt(TimeMention::start));
        final List<TimeMention> kept = new ArrayList<>(found.size());
        for (final TimeMention mention : found) {
            if (!overlapsAny(kept, mention)) {
                kept.add(mention);
            }
        }
        kept.sort(Comparator.comparingInt(TimeMention::start));
        return kept;
    }

    private static boolean overlapsAny(final List<TimeMention> kept, final TimeMention mention) {
        for (final TimeMention other : kept) {
            if (other.start() < mention.end() && mention.start() < other.end()) {
                return true;
            }
        }
        return false;
    }

    /** The article's matcher for {@code pattern}, limited to the sentence. */
    static Matcher matcher(final Pattern pattern, final Sentence sentence) {
        return sentence.matchers().over(pattern, sentence.start(), sentence.end());
    }

    /** "through October 11" ends a run, "starting December 6" begins one. */
    static Role role(final Sentence sentence, final int start) {
        String word = wordBefore(sentence, start);
        if ("on".equals(word) || "the".equals(word)) {
            word = wordBefore(sentence, start - word.length() - 1);
        }
        return switch (word) {
            case "through", "thru", "until", "till", "into", "ending", "wrapping", "concluding" -> Role.UNTIL;
            case "starting", "beginning", "from", "since" -> Role.FROM;
            default -> Role.AT;
        };
    }

    /** The lower-case word before {@code position} in the sentence, or "" at its start. */
    static String wordBefore(final Sentence sentence, final int position) {
        final String lower = sentence.lower();
        int end = Math.min(position, sentence.end());
        while (end > sentence.start() && !Character.isLetterOrDigit(lower.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > sentence.start() && Character.isLetter(lower.charAt(begin - 1))) {
            begin--;
        }
        return lower.substring(begin, end);
    }

    /** The month number of a month name or abbreviation. */
    static int month(final String name) {
        final String prefix = name.substring(0, 3);
        for (int i = 0; i < MONTH_PREFIXES.length; i++) {
            if (MONTH_PREFIXES[i].equals(prefix)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("Not a month: " + name);
    }

    static DayOfWeek weekday(final String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** "may" and "march" are months only when capitalized, as news writes months. */
    static boolean monthAsWritten(final Sentence sentence, final String name, final int start) {
        return !(name.equals("may") || name.startsWith("mar")) || Character.isUpperCase(sentence.text().charAt(start));
    }
}
