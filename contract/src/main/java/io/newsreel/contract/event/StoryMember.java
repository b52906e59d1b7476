package io.newsreel.contract.event;

import java.time.Instant;

/**
 * An article of a story.
 *
 * @param articleId the article
 * @param title its title
 * @param url its canonical URL
 * @param feedUrl the feed (outlet) it came from
 * @param published its publication time
 * @param copyOf the id of the earlier member this article is a near-identical copy of (syndication), or null when
 *               it is coverage of its own
 */
public record StoryMember(String articleId, String title, String url, String feedUrl, Instant published,
                          String copyOf) {
}
