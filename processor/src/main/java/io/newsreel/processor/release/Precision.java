package io.newsreel.processor.release;

/**
 * How exactly a time was stated. Confidence follows from it and from how strong the trigger word was: a calendar
 * date after "premieres" is as sure as the extractor gets, a season after "arrives" much less so.
 */
enum Precision {
    /** A calendar day with its month: "December 6", "2023-12-06". */
    EXPLICIT(0.9, 0.85),
    /** A day named relative to publication: "today", "next Friday". */
    RELATIVE(0.85, 0.8),
    /** A day whose month had to be guessed from the tense: "on the 6th". */
    INFERRED(0.75, 0.7),
    /** Only a span of days: "in March", "spring 2022", "this week". */
    WINDOW(0.6, 0.55);

    /** For facts with no time of their own, or with a time derived from other facts. */
    static final double NO_TIME = 0.5;
    static final double DERIVED = 0.7;

    private final double strong;
    private final double weak;

    Precision(final double strong, final double weak) {
        this.strong = strong;
        this.weak = weak;
    }

    double confidence(final boolean strongTrigger) {
        return strongTrigger ? strong : weak;
    }
}
