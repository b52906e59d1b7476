package io.newsreel.processor.release;

import java.util.List;

/**
 * One entry of the {@link CueLexicon}.
 *
 * @param phrase lower-case words as they appear in text
 * @param kind what the phrase tells
 * @param tense the tense the phrase itself carries ("premiered" is past), or {@link Tense#UNKNOWN}
 * @param value what the phrase names: a platform's display name, a month or weekday number, or null
 * @param exactCase when set, the original text must read exactly so ("Max", not "max")
 * @param impliesToday whether the phrase dates its fact on its own ("now streaming")
 * @param notFollowedBy text that must not come right after the phrase ("ends" + " up")
 * @param notPrecededBy text that must not come right before the phrase ("acting " + "debut")
 */
record Cue(String phrase, CueKind kind, Tense tense, String value, String exactCase, boolean impliesToday,
           List<String> notFollowedBy, List<String> notPrecededBy) {

    static Cue of(final String phrase, final CueKind kind, final Tense tense) {
        return new Cue(phrase, kind, tense, null, null, false, List.of(), List.of());
    }

    static Cue valued(final String phrase, final CueKind kind, final String value) {
        return new Cue(phrase, kind, Tense.UNKNOWN, value, null, false, List.of(), List.of());
    }

    Cue exactly(final String original) {
        return new Cue(phrase, kind, tense, value, original, impliesToday, notFollowedBy, notPrecededBy);
    }

    Cue today() {
        return new Cue(phrase, kind, tense, value, exactCase, true, notFollowedBy, notPrecededBy);
    }

    Cue unless(final List<String> followers, final List<String> predecessors) {
        return new Cue(phrase, kind, tense, value, exactCase, impliesToday, followers, predecessors);
    }
}
