package io.newsreel.processor.release;

/**
 * Decides the tense of a trigger word. The word's own form decides first ("premiered" is past, "premieres" future,
 * since news uses the present for what is scheduled); a past participle after "be" is future again ("will be
 * released", "set to be unveiled"). A word with no tense of its own ("premiere", "streaming") takes it from the
 * nearest tense marker in its sentence ("will", "set to", "was", "has been").
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
        Tense tense = Tense.UNKNOWN;
        int distance = Integer.MAX_VALUE;
        for (final CueHit hit : sentence.hits()) {
            final int gap = Math.abs(hit.start() - position);
            if (hit.kind() == CueKind.TENSE && gap < distance) {
                distance = gap;
                tense = hit.cue().tense();
            }
        }
        return tense;
    }

    private static boolean afterBe(final Sentence sentence, final int position) {
        final String before = TimeExpressions.wordBefore(sentence, position);
        return "be".equals(before);
    }
}
