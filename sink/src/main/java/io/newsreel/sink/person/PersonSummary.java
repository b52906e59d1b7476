package io.newsreel.sink.person;

import java.time.Instant;
import java.util.List;

/**
 * What the sink knows of a person at a glance, kept per person id.
 *
 * @param id person id
 * @param name canonical name
 * @param roles roles the person was tagged in (actor, director, ...)
 * @param articleCount articles naming the person
 * @param lastSeen publication time of the newest of them
 * @param shows the shows those articles are tagged with, most articles first
 */
public record PersonSummary(String id, String name, List<String> roles, long articleCount, Instant lastSeen,
                            List<ShowCount> shows) {

    public PersonSummary {
        roles = roles == null ? List.of() : List.copyOf(roles);
        shows = shows == null ? List.of() : List.copyOf(shows);
    }
}
