package io.newsreel.processor.retag;

/** What a re-tag changed on one article, as the dry run and the summary name it. */
public enum ChangeKind {
    SHOW_ADDED("show added"),
    SHOW_REMOVED("show removed"),
    SHOW_MOVED("show moved"),
    SHOW_UPDATED("show updated"),
    PERSON_ADDED("person added"),
    PERSON_REMOVED("person removed"),
    PERSON_MOVED("person moved"),
    PERSON_UPDATED("person updated"),
    CHARACTER_ADDED("character added"),
    CHARACTER_REMOVED("character removed"),
    CHARACTER_UPDATED("character updated"),
    RELEASE_ADDED("release added"),
    RELEASE_REMOVED("release removed");

    private final String label;

    ChangeKind(final String label) {
        this.label = label;
    }

    /** The words the dry run prints, e.g. {@code person moved}. */
    public String label() {
        return label;
    }
}
