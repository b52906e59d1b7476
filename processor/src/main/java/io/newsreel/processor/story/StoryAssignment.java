package io.newsreel.processor.story;

import io.newsreel.contract.event.Story;
import io.newsreel.contract.event.TaggedArticle;

/**
 * The outcome of story assignment for one article.
 *
 * @param article the article, with its story id
 * @param story the story as it is now, with the article among its members
 */
public record StoryAssignment(TaggedArticle article, Story story) {
}
