package io.newsreel.processor.match;

import io.newsreel.contract.event.Article;

/**
 * An article's text as tagging reads it: title and body joined by a blank line (so evidence offsets point into
 * one string), its normalized form, and where the title ends.
 *
 * @param original title, blank line, body
 * @param normalized the {@link TextNormalizer} form of {@code original}
 * @param nameRuns the {@link NameRuns} of {@code normalized}: where persons and characters are looked for
 * @param titleEnd offset in {@code original} just past the title
 */
public record ArticleText(String original, NormalizedText normalized, NormalizedText nameRuns, int titleEnd) {

    public static ArticleText of(final Article article) {
        final String title = article.title() == null ? "" : article.title();
        final String body = article.text() == null ? "" : article.text();
        final String original = title + "\n\n" + body;
        final NormalizedText normalized = TextNormalizer.normalize(original);
        return new ArticleText(original, normalized, NameRuns.of(original, normalized), title.length());
    }

    public boolean inTitle(final int originalOffset) {
        return originalOffset < titleEnd;
    }

    /** Offset in the original text where the sentence holding {@code offset} starts. */
    public int sentenceStart(final int offset) {
        int start = Math.min(offset, original.length());
        while (start > 0 && !isSentenceEnd(original.charAt(start - 1))) {
            start--;
        }
        while (start < original.length() && Character.isWhitespace(original.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Offset in the original text just past the sentence holding {@code offset}. */
    public int sentenceEnd(final int offset) {
        int end = Math.max(0, offset);
        while (end < original.length() && !isSentenceEnd(original.charAt(end))) {
            end++;
        }
        return Math.min(original.length(), end + 1);
    }

    private static boolean isSentenceEnd(final char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n';
    }
}
