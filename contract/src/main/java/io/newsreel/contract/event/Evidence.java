package io.newsreel.contract.event;

/**
 * Why a tag was given: the text it was found in and the rule that fired, so a wrong tag can be traced to its cause.
 *
 * @param text the span of article text that matched
 * @param start offset of the span in the article's title and text joined by a blank line
 * @param end offset just past the span
 * @param rule the alias, pattern or rule that produced the tag, e.g. {@code alias:soundtrack #2}
 */
public record Evidence(String text, int start, int end, String rule) {
}
