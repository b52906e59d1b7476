package io.newsreel.processor.discover;

import static io.newsreel.processor.discover.AsciiChars.isDigit;
import static io.newsreel.processor.discover.AsciiChars.isUpper;

import io.newsreel.processor.trie.MatchStarts;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression run only where it can match. A pattern led by a lookbehind or a character class is otherwise
 * tried at every position of an article, and backtracks at every capitalized word; here a cheap scan finds the
 * places a match must hold (its {@link Triggers}) and the pattern runs only there:
 * <ul>
 *   <li>{@link #startingAt}: every match starts at a trigger, so the pattern is only tried at the triggers;</li>
 *   <li>{@link #around}: every match holds a trigger, lies in the {@link Stretch} around it and opens with a capital
 *       or a digit, so the pattern is tried only at those characters of those stretches, merged where they
 *       overlap;</li>
 *   <li>{@link #betweenNames}: as {@code around}, and every match names someone on either side of its trigger, so
 *       a trigger without a capital letter on both sides in its stretch ("as the actors", "is set") is passed
 *       over.</li>
 * </ul>
 *
 * <p>Either way it finds exactly what {@code pattern.matcher(text)} finds, in the same order: no match lies outside
 * the places searched, and lookarounds still see the whole text. That holds only while the triggers and stretches
 * describe the pattern; {@code GatedPatternTest} checks every gated pattern against the plain one.
 */
final class GatedPattern {

    private final Pattern pattern;
    private final Triggers triggers;
    private final Stretch stretch;
    private final boolean betweenNames;
    /** Where in a stretch a match can begin. */
    private final MatchStarts.Opening opening;

    private GatedPattern(final Pattern pattern, final Triggers triggers, final Stretch stretch,
                         final boolean betweenNames, final MatchStarts.Opening opening) {
        this.pattern = pattern;
        this.triggers = triggers;
        this.stretch = stretch;
        this.betweenNames = betweenNames;
        this.opening = opening;
    }

    /** A pattern every match of which starts at a trigger. */
    static GatedPattern startingAt(final Pattern pattern, final Triggers triggers) {
        return new GatedPattern(pattern, triggers, null, false, GatedPattern::capitalOrDigit);
    }

    /**
     * A pattern every match of which holds a trigger, lies in the stretch around it and opens with an ASCII capital
     * or digit.
     */
    static GatedPattern around(final Pattern pattern, final Triggers triggers, final Stretch stretch) {
        return new GatedPattern(pattern, triggers, stretch, false, GatedPattern::capitalOrDigit);
    }

    /**
     * A pattern every match of which holds a trigger, lies in the stretch around it, opens with an ASCII capital and
     * holds a capitalized name before the trigger and another after it.
     */
    static GatedPattern betweenNames(final Pattern pattern, final Triggers triggers, final Stretch stretch) {
        return new GatedPattern(pattern, triggers, stretch, true, GatedPattern::capitalOrDigit);
    }

    /**
     * The same pattern tried in its stretches only where {@code opening} says a match can begin, rather than at every
     * capital and digit: for a pattern that opens with something costly to try and rare, such as a Korean-style name.
     */
    GatedPattern openingWhere(final MatchStarts.Opening where) {
        return new GatedPattern(pattern, triggers, stretch, betweenNames, where);
    }

    Pattern pattern() {
        return pattern;
    }

    /** Calls {@code action} with the matcher at each match, in text order, as a plain {@code find()} loop would. */
    void forEachMatch(final String text, final Consumer<Matcher> action) {
        final int[] at = triggers.in(text);
        if (at.length == 0) {
            return;
        }
        final Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        if (stretch == null) {
            tryAt(matcher, text.length(), at, action);
        } else {
            searchAround(text, matcher, at, action);
        }
    }

    private static void tryAt(final Matcher matcher, final int length, final int[] at,
                              final Consumer<Matcher> action) {
        int matchedUntil = 0;
        for (final int start : at) {
            if (start >= matchedUntil && matcher.region(start, length).lookingAt()) {
                matchedUntil = matcher.end();
                action.accept(matcher);
            }
        }
    }

    private void searchAround(final String text, final Matcher matcher, final int[] at,
                              final Consumer<Matcher> action) {
        int start = -1;
        int end = -1;
        int searched = 0;
        for (final int trigger : at) {
            final int from = Math.max(searched, stretch.start(text, trigger));
            final int to = stretch.end(text, trigger);
            if (betweenNames && !(hasCapital(text, from, trigger) && hasCapital(text, trigger + 1, to))) {
                continue;
            }
            if (start >= 0 && from > end) {
                searched = search(matcher, text, start, end, action);
                start = -1;
            }
            if (start < 0) {
                start = Math.max(searched, from);
            }
            end = Math.max(end, to);
        }
        if (start >= 0) {
            search(matcher, text, start, end, action);
        }
    }

    private static boolean hasCapital(final String text, final int from, final int to) {
        for (int i = from; i < to; i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a {@code find()} loop over {@code [start, end)} finds, trying the pattern only where a match can begin:
     * at a capital or a digit, unless the pattern was given an opening of its own.
     */
    private int search(final Matcher matcher, final String text, final int start, final int end,
                       final Consumer<Matcher> action) {
        for (int at = start; MatchStarts.find(matcher, text, at, end, opening); at = matcher.end()) {
            action.accept(matcher);
        }
        return end;
    }

    private static boolean capitalOrDigit(final String text, final int at) {
        final char c = text.charAt(at);
        return isUpper(c) || isDigit(c);
    }
}
