package io.newsreel.contract.event;

/** What a timeline entry shows. */
public enum EntryKind {
    /** An article about the show, or one that mentions it. */
    ARTICLE,
    /** A release fact (premiere, finale, casting, ...) merged across the articles that report it. */
    RELEASE,
    /** A day on which episodes come out, drawn from a stated schedule. */
    EPISODE
}
