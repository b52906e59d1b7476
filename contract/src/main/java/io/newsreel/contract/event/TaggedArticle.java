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
 * @param storyId the story the article belongs to: articles from several outlets reporting one event of a show, and
 *                copies of one article, share a story; null until the article has been assigned one
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
        String taggerVersion,
        String storyId) {

    public TaggedArticle {
        shows = shows == null ? List.of() : List.copyOf(shows);
        persons = persons == null ? List.of() : List.copyOf(persons);
        characters = characters == null ? List.of() : List.copyOf(characters);
        releaseEvents = releaseEvents == null ? List.of() : List.copyOf(releaseEvents);
    }

    /** A tagged article not yet assigned to a story. */
    public TaggedArticle(final String id, final int revision, final String url, final String feedUrl,
                         final String title, final Instant published, final String summary,
                         final List<ShowTag> shows, final List<PersonTag> persons, final List<CharacterTag> characters,
                         final List<ReleaseEvent> releaseEvents, final String taggerVersion) {
        this(id, revision, url, feedUrl, title, published, summary, shows, persons, characters, releaseEvents,
                taggerVersion, null);
    }

    /** This article as a member of a story. */
    public TaggedArticle inStory(final String story) {
        return new TaggedArticle(id, revision, url, feedUrl, title, published, summary, shows, persons, characters,
                releaseEvents, taggerVersion, story);
    }
}
