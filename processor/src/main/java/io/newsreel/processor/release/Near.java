package io.newsreel.processor.release;

import io.newsreel.processor.trie.MatchStarts;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only around its anchors instead of across a whole sentence. The cue scan already knows where the
 * month names, weekdays and count words are, and a pattern tried at every position of a sentence costs far more
 * than the scan itself; a window of a few dozen characters around each anchor is all a date or a count needs.
 * Inside a window a pattern is tried only where a word starts, so every pattern given here must open with
 * {@code \b} before a word character, as dates and counts do.
 */
final class Near {

    /** Which runs of digits anchor a pattern: the run is {@code [start, end)} in {@code text}. */
    @FunctionalInterface
    interface DigitRun {
        boolean anchors(String text, int start, int end);
    }

    /** Where each pattern given here can begin; the patterns are constants, so this holds a few dozen. */
    private static final Map<Pattern, MatchStarts.Opening> OPENINGS = new ConcurrentHashMap<>();

    private Near() {
    }

    /**
     * Each match of {@code pattern} from {@code before} characters ahead of a cue of {@code kind} to {@code after}
     * characters past it, in text order, each match once.
     */
    static void cues(final Sentence sentence, final CueKind kind, final Pattern pattern, final int before,
                     final int after, final Consumer<Matcher> action) {
        cuesBefore(sentence, kind, pattern, before, after, Integer.MAX_VALUE, action);
    }

    /**
     * Like {@link #cues}, for a caller that takes only matches ending by {@code until}: a window that opens there or
     * later holds none, and is not searched.
     */
    static void cuesBefore(final Sentence sentence, final CueKind kind, final Pattern pattern, final int before,
                           final int after, final int until, final Consumer<Matcher> action) {
        if (!sentence.has(kind)) {
            return;
        }
        Matcher matcher = null;
        int done = -1;
        for (final CueHit hit : sentence.hits()) {
            if (hit.kind() == kind && Math.max(sentence.start(), hit.start() - before) < until) {
                matcher = matcher != null ? matcher : TimeExpressions.matcher(pattern, sentence);
                done = scan(sentence, matcher, hit.start() - before, hit.end() + after, done, action);
            }
        }
    }

    /** Like {@link #cues}, around the runs of digits that {@code anchors} accepts. */
    static void digits(final Sentence sentence, final DigitRun anchors, final Pattern pattern, final int before,
                       final int after, final Consumer<Matcher> action) {
        if (!sentence.hasDigit()) {
            return;
        }
        final String text = sentence.lower();
        Matcher matcher = null;
        int done = -1;
        int i = sentence.start();
        while (i < sentence.end()) {
            if (!Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            final int start = i;
            while (i < sentence.end() && Character.isDigit(text.charAt(i))) {
                i++;
            }
            if (anchors.anchors(text, start, i)) {
                matcher = matcher != null ? matcher : TimeExpressions.matcher(pattern, sentence);
                done = scan(sentence, matcher, start - before, i + after, done, action);
            }
        }
    }

    private static int scan(final Sentence sentence, final Matcher matcher, final int from, final int to,
                            final int done, final Consumer<Matcher> action) {
        final String text = sentence.lower();
        final int limit = Math.min(sentence.end(), to);
        final MatchStarts.Opening opening = OPENINGS.computeIfAbsent(matcher.pattern(), MatchStarts::wordStartOf);
        int end = done;
        for (int at = Math.max(sentence.start(), from);
             MatchStarts.find(matcher, text, at, limit, opening); at = matcher.end()) {
            if (matcher.start() >= end) {
                action.accept(matcher);
                end = matcher.end();
            }
        }
        return end;
    }
}
