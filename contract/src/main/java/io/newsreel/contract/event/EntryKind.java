package io.newsreel.contract.event;

/** What a timeline entry shows. */
public enum EntryKind {
    ARTICLE,
    RELEASE
}
