package io.newsreel.processor.release;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reusable matcher per pattern over one article's lower-cased text. Patterns run many times per article, each
 * time on a small region; creating a matcher for each run cost more than the matching. Not thread-safe: one per
 * {@link ReleaseExtractor#extract} call. A pattern's matcher must not be used again while a match of it is being
 * read, which holds because no pattern is used inside the handling of its own matches.
 */
final class Matchers {

    private final String lower;
    private final Map<Pattern, Matcher> byPattern = new IdentityHashMap<>();

    Matchers(final String lower) {
        this.lower = lower;
    }

    /** The pattern's matcher, limited to {@code [start, end)}, seeing past the limits for word boundaries. */
    Matcher over(final Pattern pattern, final int start, final int end) {
        return byPattern.computeIfAbsent(pattern, key -> key.matcher(lower).useTransparentBounds(true))
                .region(start, end);
    }
}
