package io.newsreel.processor.eval;

/** What the evaluation scores, each with precision, recall and F1. */
public enum Category {
    PRIMARY_SHOWS("primary shows"),
    MENTIONED_SHOWS("mentioned shows"),
    PERSONS("persons"),
    CHARACTERS("characters"),
    RELEASE_EVENTS("release events (exact)");

    private final String label;

    Category(final String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
