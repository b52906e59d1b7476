package io.newsreel.processor.discover;

/**
 * A show the catalog does not know, found in an article.
 *
 * @param title the title as written
 * @param season the season the mention names, or null
 * @param start offset of the title in the text
 * @param end end of the title
 * @param confidence between 0 and 1
 * @param rule the pattern that found it
 */
public record DiscoveredShow(String title, Integer season, int start, int end, double confidence, String rule) {
}
