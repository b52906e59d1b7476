package io.newsreel.contract.event;

/**
 * One show tag of an article, published on {@code show-tags} keyed by show id so that one show's news lands on one
 * partition.
 *
 * @param show the tag
 * @param article the whole tagged article (without its body)
 */
public record ShowTagged(ShowTag show, TaggedArticle article) {
}
