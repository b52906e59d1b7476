package io.newsreel.processor.discover;

import static io.newsreel.processor.discover.AsciiChars.isDigit;

import io.newsreel.processor.trie.MatchStarts;
import java.util.List;

/**
 * Reads what a person, not a character, does right after being named: a verb of speaking or acting ("Lee Do-hyun
 * said", "Kim Ji-won, 33, joined"), maybe after an age. Read by hand rather than by a regular expression: it is asked
 * at every Korean-style name of an article, and the expression tried its thirty verbs one by one each time.
 */
final class PersonAfter {

    /** The verbs, each a whole word (or words) after a space. */
    static final List<String> VERBS = List.of("said", "says", "told", "added", "explained", "revealed", "recalled",
            "noted", "admitted", "laughed", "joked", "wrote", "directed", "starred", "stars", "co-stars", "appeared",
            "appears", "returns to", "joins", "joined", "sang", "sings", "debuted", "won", "thanked", "shared",
            "commented", "answered");

    private PersonAfter() {
    }

    /**
     * Whether a verb follows the name that ends at {@code nameEnd}: {@code ,? \(?\d{2}\)?,?} (an age) maybe, then a
     * space and one of the {@link #VERBS}, no letter, digit or underscore right after it.
     */
    static boolean follows(final String text, final int nameEnd) {
        return verbAt(text, nameEnd) || verbAt(text, afterAge(text, nameEnd));
    }

    /** Whether a space and a verb stand at {@code at}; false for -1. */
    private static boolean verbAt(final String text, final int at) {
        if (at < 0 || at >= text.length() || text.charAt(at) != ' ') {
            return false;
        }
        for (final String verb : VERBS) {
            final int end = at + 1 + verb.length();
            if (text.startsWith(verb, at + 1) && (end == text.length() || !MatchStarts.isWordChar(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Just past an age written at {@code at} (", 33,", " (33)"), or -1 when none is. */
    private static int afterAge(final String text, final int at) {
        int i = charAt(text, at) == ',' ? at + 1 : at;
        if (charAt(text, i) != ' ') {
            return -1;
        }
        i = charAt(text, i + 1) == '(' ? i + 2 : i + 1;
        if (!isDigit(charAt(text, i)) || !isDigit(charAt(text, i + 1))) {
            return -1;
        }
        i += 2;
        i = charAt(text, i) == ')' ? i + 1 : i;
        return charAt(text, i) == ',' ? i + 1 : i;
    }

    /** The character at {@code at}, or 0 past the end. */
    private static char charAt(final String text, final int at) {
        return at < text.length() ? text.charAt(at) : 0;
    }
}
