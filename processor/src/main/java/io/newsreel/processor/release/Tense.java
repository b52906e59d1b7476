package io.newsreel.processor.release;

/**
 * Where a sentence puts its event relative to publication. It decides which way a date stated without its year or
 * month is completed: "premiered on the 6th" looks back, "premieres on the 6th" looks ahead.
 */
enum Tense {
    PAST,
    FUTURE,
    UNKNOWN
}
