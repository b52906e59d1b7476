package io.newsreel.processor.release;

/**
 * Decides the tense of a trigger word. The word's own form decides first ("premiered" is past, "premieres" future,
 * since news uses the present for what is scheduled); a past participle after "be", "is" or "are" is future again
 * ("will be released", "set to be unveiled", "is released on December 1"). A word with no tense of its own
 * ("premiere", "streaming") takes it from the nearest tense marker in its clause ("will", "set to", "was", "has
 * been"); another clause's marker says nothing about it ("The wait was worth it: the premiere on December 6").
 */
final class TenseReader {

    private TenseReader() {
    }

    static Tense of(final Sentence sentence, final CueHit hit) {
        final Tense own = hit.cue().tense();
        if (own == Tense.PAST) {
            return afterBe(sentence, hit.start()) ? Tense.FUTURE : Tense.PAST;
        }
        return own == Tense.FUTURE ? Tense.FUTURE : nearestMarker(sentence, hit.start());
    }

    /**
     * The tense of the marker nearest to {@code position}, or unknown when the sentence has none. Markers are
     * {@link CueKind#TENSE} cues, found by the same scan as everything else.
     */
    static Tense nearestMarker(final Sentence sentence, final int position) {
        final int clauseStart = clauseStart(sentence, position);
        final int clauseEnd = clauseEnd(sentence, position);
        Tense tense = Tense.UNKNOWN;
        int distance = Integer.MAX_VALUE;
        for (final CueHit hit : sentence.hits()) {
            final int gap = Math.abs(hit.start() - position);
            if (hit.kind() == CueKind.TENSE && gap < distance && hit.start() >= clauseStart
                    && hit.end() <= clauseEnd) {
                distance = gap;
                tense = hit.cue().tense();
            }
        }
        return tense;
    }

    private static boolean afterBe(final Sentence sentence, final int position) {
        final String before = TimeExpressions.wordBefore(sentence, position);
        return "be".equals(before) || "is".equals(before) || "are".equals(before);
    }

    private static int clauseStart(final Sentence sentence, final int position) {
        int start = position;
        while (start > sentence.start() && !breaksClause(sentence.text(), start - 1)) {
            start--;
        }
        return start;
    }

    private static int clauseEnd(final Sentence sentence, final int position) {
        int end = position;
        while (end < sentence.end() && !breaksClause(sentence.text(), end)) {
            end++;
        }
        return end;
    }

    /** A colon between digits is a time of day ("9:10 p.m."), not a break. */
    private static boolean breaksClause(final String text, final int index) {
        final char c = text.charAt(index);
        if (c == ':') {
            return index == 0 || index + 1 == text.length() || !Character.isDigit(text.charAt(index - 1))
                    || !Character.isDigit(text.charAt(index + 1));
        }
        return c == ';' || c == '\u2014';
    }
}
