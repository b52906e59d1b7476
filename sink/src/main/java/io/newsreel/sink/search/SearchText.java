package io.newsreel.sink.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names and queries reduced to what matters for matching, so that "keum saerok" finds "Keum Sae-rok" and "Mélo"
 * finds "Melo": without accents, case, hyphens, spaces or punctuation.
 */
public final class SearchText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final String normalizedQuery;

    private SearchText(final String normalizedQuery) {
        this.normalizedQuery = normalizedQuery;
    }

    /** A query; it must contain a letter or a digit, else it would match everything. */
    public static SearchText of(final String query) {
        final String normalized = normalize(query);
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException("A query needs a letter or a digit");
        }
        return new SearchText(normalized);
    }

    /** Whether any of the texts contains the query; a null text matches nothing. */
    public boolean foundIn(final String... texts) {
        for (final String text : texts) {
            if (text != null && normalize(text).contains(normalizedQuery)) {
                return true;
            }
        }
        return false;
    }

    static String normalize(final String text) {
        final String withoutMarks = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
