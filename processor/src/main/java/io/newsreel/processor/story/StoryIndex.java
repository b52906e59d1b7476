package io.newsreel.processor.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The recent stories of one show, newest first: all that a new article can still join. Stories whose last article
 * is older than the longest joining window before the show's newest article are forgotten, so the index stays small.
 *
 * @param stories the recent stories, most recently updated first
 */
public record StoryIndex(List<StoryHead> stories) {

    static final Duration HORIZON = StoryMatcher.COPY_WINDOW;
    static final int MAX_STORIES = 200;

    public StoryIndex {
        stories = List.copyOf(stories);
    }

    public static StoryIndex empty() {
        return new StoryIndex(List.of());
    }

    /** This index with the story added or replaced, and stories past the horizon dropped. */
    public StoryIndex with(final StoryHead story) {
        final List<StoryHead> updated = new ArrayList<>(stories.stream()
                .filter(known -> !known.storyId().equals(story.storyId())).toList());
        updated.add(story);
        updated.sort(Comparator.comparing(StoryHead::lastPublished).reversed().thenComparing(StoryHead::storyId));
        final Instant newest = updated.get(0).lastPublished();
        return new StoryIndex(updated.stream()
                .filter(known -> !known.lastPublished().isBefore(newest.minus(HORIZON)))
                .limit(MAX_STORIES)
                .toList());
    }
}
