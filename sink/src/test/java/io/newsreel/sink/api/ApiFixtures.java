package io.newsreel.sink.api;

import io.newsreel.contract.event.EntryKind;
import io.newsreel.contract.event.Evidence;
import io.newsreel.contract.event.PersonTag;
import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.ReleaseSource;
import io.newsreel.contract.event.ReleaseType;
import io.newsreel.contract.event.Salience;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.contract.event.TimelineRelease;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Articles, shows, persons and release entries for the API tests. */
final class ApiFixtures {

    static final ShowTag SOUNDTRACK = show("soundtrack-2", "Soundtrack #2");
    static final ShowTag MOVING = show("moving", "Moving");
    static final ShowTag MELO = show("melo-movie", "Mélo Movie");
    static final PersonTag KEUM = person("keum-sae-rok", "Keum Sae-rok");
    static final PersonTag NOH = person("noh-sang-hyun", "Noh Sang-hyun");

    private ApiFixtures() {
    }

    static ShowTag show(final String id, final String name) {
        return new ShowTag(id, name, null, Salience.PRIMARY, 0.9, new Evidence(name, 0, name.length(), "alias:" + id));
    }

    static PersonTag person(final String id, final String name) {
        return new PersonTag(id, name, List.of("actor"), List.of(name), 0.8,
                new Evidence(name, 0, name.length(), "alias:" + id));
    }

    static TaggedArticle article(final String id, final String title, final Instant published,
                                 final List<ShowTag> shows, final List<PersonTag> persons) {
        return new TaggedArticle(id, 1, "https://desk.example/" + id, "https://desk.example/feed", title, published,
                "Summary of " + title, shows, persons, List.of(), List.of(), "test");
    }

    /** A release entry placed, as the topology places them, at the start of its day in the release zone. */
    static TimelineEntry release(final String showId, final String entryId, final ReleaseType type,
                                 final LocalDate date) {
        return releaseEntry(showId, entryId, EntryKind.RELEASE, new TimelineRelease(null, type, date, null,
                "Disney+", null, null, null, null, 0.9, false, List.of(source(entryId))));
    }

    /** An episode entry: the episodes out on one day. */
    static TimelineEntry episodes(final String showId, final String entryId, final LocalDate date, final int first,
                                  final int last) {
        return releaseEntry(showId, entryId, EntryKind.EPISODE, new TimelineRelease(null,
                ReleaseType.NEW_EPISODES, date, null, "Disney+", 8, "two episodes every Wednesday", first, last, 0.9,
                false, List.of(source(entryId))));
    }

    private static TimelineEntry releaseEntry(final String showId, final String entryId, final EntryKind kind,
                                              final TimelineRelease release) {
        return new TimelineEntry(showId, entryId, kind,
                release.date().atStartOfDay(ReleaseEvent.ZONE).toInstant(), null, release, null);
    }

    private static ReleaseSource source(final String entryId) {
        return new ReleaseSource("source-of-" + entryId, "Report on " + entryId,
                "https://desk.example/report/" + entryId, "https://desk.example/feed",
                Instant.parse("2023-11-01T00:00:00Z"), new Evidence("premieres", 0, 9, "rule:premiere"), 0.9);
    }
}
