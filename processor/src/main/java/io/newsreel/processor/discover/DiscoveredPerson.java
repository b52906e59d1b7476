package io.newsreel.processor.discover;

/**
 * A person the catalog does not know, found in an article.
 *
 * @param name the name in Korean order, as written otherwise
 * @param start offset of the mention in the text
 * @param end end of the mention
 * @param role the role the text gives, e.g. {@code actor}, {@code director}, or null
 * @param confidence between 0 and 1
 * @param rule the pattern that found it
 */
public record DiscoveredPerson(String name, int start, int end, String role, double confidence, String rule) {
}
