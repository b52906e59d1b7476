package io.newsreel.processor.eval;

import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.DateWindow;
import io.newsreel.contract.event.ReleaseType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One hand-labelled article of {@code labelled/articles.jsonl}: the text as an outlet published it and what a careful
 * reader finds in it. The labelling rules are in {@code labelled/README.md}.
 *
 * @param id article id, e.g. {@code l01}
 * @param outlet the outlet's slug; the article's URL is {@code https://<outlet>.example/<id>}
 * @param style interview, review, casting, schedule, recap, feature or press-conference
 * @param published publication time with the outlet's offset
 * @param title plain-text title
 * @param text plain-text body, paragraphs separated by a blank line
 * @param expected the labels
 */
public record LabelledArticle(String id, String outlet, String style, OffsetDateTime published, String title,
                              String text, Expected expected) {

    /** The article as ingest would publish it on {@code raw-articles}. */
    public Article toArticle() {
        final Instant at = published.toInstant();
        final String site = "https://" + outlet + ".example/";
        return new Article(id, 1, site + id, site + "feed", title, null, at, false, null, text, "en", at);
    }

    /**
     * What the article is about and names.
     *
     * @param primaryShows ids of the shows the article is about
     * @param mentionedShows ids of the shows named only in passing
     * @param persons ids of every real person named
     * @param characters fictional characters, as written
     * @param releaseEvents dated release facts
     */
    public record Expected(List<String> primaryShows, List<String> mentionedShows, List<String> persons,
                           List<String> characters, List<ExpectedRelease> releaseEvents) {
        public Expected {
            primaryShows = primaryShows == null ? List.of() : List.copyOf(primaryShows);
            mentionedShows = mentionedShows == null ? List.of() : List.copyOf(mentionedShows);
            persons = persons == null ? List.of() : List.copyOf(persons);
            characters = characters == null ? List.of() : List.copyOf(characters);
            releaseEvents = releaseEvents == null ? List.of() : List.copyOf(releaseEvents);
        }
    }

    /**
     * A release fact: an exact day, or a window when the article gives only a month, season or year.
     *
     * @param showId the show's id
     * @param type kind of fact
     * @param date the day, or null
     * @param window the span of days, or null
     */
    public record ExpectedRelease(String showId, ReleaseType type, LocalDate date, DateWindow window) {
    }
}
