package io.newsreel.sink.person;

import io.newsreel.contract.event.Salience;
import java.time.Instant;
import java.util.List;

/**
 * An article as a person's page lists it.
 *
 * @param id article id
 * @param revision the article revision this reflects
 * @param title plain-text title
 * @param url canonical URL
 * @param feedUrl the feed it came from
 * @param published publication time
 * @param shows the shows it is tagged with
 */
public record PersonArticle(String id, int revision, String title, String url, String feedUrl, Instant published,
                            List<ShowRef> shows) {

    public PersonArticle {
        shows = shows == null ? List.of() : List.copyOf(shows);
    }

    /**
     * A show an article is tagged with.
     *
     * @param id show id
     * @param name display name
     * @param salience whether the show is the article's subject
     */
    public record ShowRef(String id, String name, Salience salience) {
    }
}
