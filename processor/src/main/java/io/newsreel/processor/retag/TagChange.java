package io.newsreel.processor.retag;

/**
 * One change a re-tag makes to one article's tags.
 *
 * @param kind what changed
 * @param before the tag as it was, e.g. {@code steve-noh (Steve Noh)}; null when added
 * @param after the tag as it is now; null when removed
 * @param note what else to say: the evidence text, or which details of an updated tag changed; may be empty
 */
public record TagChange(ChangeKind kind, String before, String after, String note) {

    public TagChange {
        note = note == null ? "" : note;
    }
}
