package io.newsreel.contract.event;

import java.time.Instant;

/**
 * One article that reports a release fact.
 *
 * @param articleId the article
 * @param title its title
 * @param url its canonical URL
 * @param feedUrl the feed (outlet) it came from
 * @param published its publication time
 * @param evidence the sentence and rule the fact was drawn from
 * @param confidence this report's confidence, between 0 and 1
 */
public record ReleaseSource(String articleId, String title, String url, String feedUrl, Instant published,
                            Evidence evidence, double confidence) {
}
