package io.newsreel.contract.event;

import java.time.Instant;
import java.util.List;

/**
 * One story: the articles that report the same event of a show, from different outlets, and copies of one article.
 * Published on the compacted {@code stories} topic keyed by story id, again each time a member joins or changes.
 *
 * @param id story id, stable: derived from the first article assigned to it
 * @param showId the show the story is about, or null for an article about no known show
 * @param title the first article's title
 * @param event the event the members report, e.g. {@code PRESS_CONFERENCE 2023-11-20}, or null when they were
 *              joined as copies only
 * @param members the member articles, in the order they joined
 */
public record Story(String id, String showId, String title, String event, List<StoryMember> members) {

    public Story {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** When the first member was published. */
    public Instant firstPublished() {
        return members.stream().map(StoryMember::published).min(Instant::compareTo).orElse(null);
    }
}
