package io.newsreel.processor.release;

import io.newsreel.processor.trie.Alternation;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Numbers as news writes them: digits, words up to the fifties ("twenty-four"), and ordinals ("second", "3rd"). */
final class Numbers {

    private static final String[] UNITS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"twenty", "thirty", "forty", "fifty"};
    private static final String[] ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth"};

    private static final Map<String, Integer> WORDS = words();
    private static final Map<String, Integer> ORDINALS = ordinals();

    /**
     * A regex fragment (no groups) for a cardinal in digits or words. The words are factored by prefix, and the
     * longer of two words one of which starts the other is tried first, so "sixteen" beats "six".
     */
    static final String CARDINAL = "(?:\\d{1,3}|(?:twenty|thirty|forty|fifty)[\\s-](?:one|two|three|four|five|six"
            + "|seven|eight|nine)|" + Alternation.of(WORDS.keySet()) + ")";
    /** A regex fragment (no groups) for an ordinal in digits or words. */
    static final String ORDINAL = "(?:\\d{1,2}(?:st|nd|rd|th)|" + Alternation.of(ORDINALS.keySet()) + ")";

    private Numbers() {
    }

    /** The value of a cardinal, or null when the token is none. */
    static Integer cardinal(final String token) {
        final String word = token.trim().toLowerCase(Locale.ROOT);
        if (!word.isEmpty() && word.length() <= 3 && allDigits(word)) {
            return Integer.valueOf(word);
        }
        final Integer simple = WORDS.get(word);
        if (simple != null) {
            return simple;
        }
        if (!joined(word)) {
            return null;
        }
        final String[] parts = word.split("[\\s-]");
        if (parts.length == 2 && WORDS.containsKey(parts[0]) && WORDS.containsKey(parts[1])) {
            return WORDS.get(parts[0]) + WORDS.get(parts[1]);
        }
        return null;
    }

    private static boolean allDigits(final String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word is two joined by a hyphen or a space, as "twenty-four" is. */
    private static boolean joined(final String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) == '-' || Character.isWhitespace(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The value of an ordinal, or null when the token is none. */
    static Integer ordinal(final String token) {
        final String word = token.trim().toLowerCase(Locale.ROOT);
        if (word.length() > 2 && Character.isDigit(word.charAt(0))) {
            return cardinal(word.substring(0, word.length() - 2));
        }
        return ORDINALS.get(word);
    }

    private static Map<String, Integer> words() {
        final Map<String, Integer> words = new LinkedHashMap<>();
        for (int i = 0; i < UNITS.length; i++) {
            words.put(UNITS[i], i + 1);
        }
        for (int i = 0; i < TENS.length; i++) {
            words.put(TENS[i], (i + 2) * 10);
        }
        return Map.copyOf(words);
    }

    private static Map<String, Integer> ordinals() {
        final Map<String, Integer> ordinals = new LinkedHashMap<>();
        for (int i = 0; i < ORDINAL_WORDS.length; i++) {
            ordinals.put(ORDINAL_WORDS[i], i + 1);
        }
        return Map.copyOf(ordinals);
    }
}
