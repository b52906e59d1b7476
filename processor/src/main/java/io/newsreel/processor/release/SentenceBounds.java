package io.newsreel.processor.release;

import java.util.Locale;
import java.util.Set;

/**
 * Finds the sentence around a position without splitting the whole article: only sentences that hold a trigger
 * word are ever delimited. A line break always ends a sentence (titles and paragraphs); a full stop ends one unless
 * it closes an abbreviation ("Dec. 24", "No. 2") or an initial, or lower-case text follows.
 */
final class SentenceBounds {

    /** Text without any sentence end (a table, a list, noise) is cut into pieces of at most this much each side. */
    static final int MAX_REACH = 400;

    private static final Set<String> ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "mr", "mrs",
            "ms", "dr", "st", "vs", "no", "vol", "ep", "eps", "jr", "sr", "inc", "co", "ltd", "prof", "approx");

    private SentenceBounds() {
    }

    /** Offset where the sentence holding {@code index} starts, never before {@code floor}. */
    static int start(final CharSequence text, final int index, final int floor) {
        final int limit = Math.max(floor, index - MAX_REACH);
        for (int i = index - 1; i >= limit; i--) {
            if (endsSentence(text, i)) {
                return i + 1;
            }
        }
        return limit;
    }

    /** Offset just past the sentence holding {@code index}. */
    static int end(final CharSequence text, final int index) {
        final int limit = Math.min(text.length(), index + MAX_REACH);
        for (int i = index; i < limit; i++) {
            if (endsSentence(text, i)) {
                return i + 1;
            }
        }
        return limit;
    }

    static boolean endsSentence(final CharSequence text, final int i) {
        return switch (text.charAt(i)) {
            case '\n', '\r' -> true;
            case '!', '?', '…' -> breakFollows(text, i + 1);
            case '.' -> breakFollows(text, i + 1) && !lowerCaseFollows(text, i + 1) && !abbreviationEndsAt(text, i);
            default -> false;
        };
    }

    private static boolean breakFollows(final CharSequence text, final int from) {
        final int next = skipClosers(text, from);
        return next >= text.length() || Character.isWhitespace(text.charAt(next));
    }

    private static boolean lowerCaseFollows(final CharSequence text, final int from) {
        int next = skipClosers(text, from);
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next < text.length() && Character.isLowerCase(text.charAt(next));
    }

    private static int skipClosers(final CharSequence text, final int from) {
        int next = from;
        while (next < text.length() && "\"'’”)]".indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        return next;
    }

    private static boolean abbreviationEndsAt(final CharSequence text, final int dot) {
        int begin = dot;
        while (begin > 0 && dot - begin < 6 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        final int length = dot - begin;
        if (length == 1 && Character.isUpperCase(text.charAt(begin))) {
            return true;
        }
        return length > 0 && ABBREVIATIONS.contains(text.subSequence(begin, dot).toString().toLowerCase(Locale.ROOT));
    }
}
