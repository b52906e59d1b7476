package io.newsreel.processor.release;

/**
 * Where a {@link Cue} was found.
 *
 * @param cue the lexicon entry
 * @param start offset in the article text
 * @param end offset just past the phrase
 */
record CueHit(Cue cue, int start, int end) {

    CueKind kind() {
        return cue.kind();
    }
}
