package io.newsreel.processor.match;

import io.newsreel.contract.event.ShowEntry;

/**
 * One place an article names a catalog show.
 *
 * @param show the show
 * @param start offset in the article text
 * @param end end offset
 * @param surface the text as written
 * @param alias the normalized title or alias that matched
 */
public record ShowMention(ShowEntry show, int start, int end, String surface, String alias) {
}
