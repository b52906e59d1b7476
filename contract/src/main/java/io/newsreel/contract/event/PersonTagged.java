package io.newsreel.contract.event;

/**
 * One person tag of an article, published on {@code person-tags} keyed by person id.
 *
 * @param person the tag
 * @param article the whole tagged article (without its body)
 */
public record PersonTagged(PersonTag person, TaggedArticle article) {
}
