package io.newsreel.contract.event;

import java.time.Instant;
import java.util.List;

/**
 * An article with its tags, published on {@code tagged-articles} keyed by article id.
 *
 * <p>It carries the summary but not the body: consumers that need the text join {@code raw-articles} by id, so the
 * body is not copied onto every tag topic.
 *
 * @param id article id
 * @param revision the raw article's revision
 * @param url canonical URL
 * @param feedUrl the feed it came from
 * @param title plain-text title
 * @param published publication time
 * @param summary plain-text summary, or null
 * @param shows shows the article is about or mentions
 * @param persons real persons it names
 * @param characters fictional characters it names
 * @param releaseEvents release facts drawn from it
 * @param taggerVersion version of the catalog and rules that produced the tags
 */
public record TaggedArticle(
        String id,
        int revision,
        String url,
        String feedUrl,
        String title,
        Instant published,
        String summary,
        List<ShowTag> shows,
        List<PersonTag> persons,
        List<CharacterTag> characters,
        List<ReleaseEvent> releaseEvents,
        String taggerVersion) {
    public TaggedArticle {
        shows = shows == null ? List.of() : List.copyOf(shows);
        persons = persons == null ? List.of() : List.copyOf(persons);
        characters = characters == null ? List.of() : List.copyOf(characters);
        releaseEvents = releaseEvents == null ? List.of() : List.copyOf(releaseEvents);
    }
}
