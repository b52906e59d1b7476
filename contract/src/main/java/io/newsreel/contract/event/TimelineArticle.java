package io.newsreel.contract.event;

import java.time.Instant;
import java.util.List;

/**
 * An article as it appears in a show's timeline.
 *
 * @param id article id
 * @param revision the article revision this entry reflects
 * @param title plain-text title
 * @param url canonical URL
 * @param feedUrl the feed it came from
 * @param summary plain-text summary, or null
 * @param published publication time
 * @param salience whether the show is the article's subject
 * @param persons persons the article names
 */
public record TimelineArticle(
        String id,
        int revision,
        String title,
        String url,
        String feedUrl,
        String summary,
        Instant published,
        Salience salience,
        List<PersonRef> persons) {
    public TimelineArticle {
        persons = persons == null ? List.of() : List.copyOf(persons);
    }
}
