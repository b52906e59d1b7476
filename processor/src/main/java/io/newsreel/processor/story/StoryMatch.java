package io.newsreel.processor.story;

/**
 * An existing story an article joins.
 *
 * @param story the story
 * @param copyOf the member the article is a near-identical copy of, or null when it is coverage of its own
 * @param event the event the article shares with the story, or null when it joins as a copy
 */
public record StoryMatch(StoryHead story, String copyOf, String event) {
}
