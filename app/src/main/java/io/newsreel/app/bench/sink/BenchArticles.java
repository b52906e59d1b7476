package io.newsreel.app.bench.sink;

import io.newsreel.contract.event.Evidence;
import io.newsreel.contract.event.PersonTag;
import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.ReleaseType;
import io.newsreel.contract.event.Salience;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.event.TaggedArticle;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The tagged articles {@code bench sink} publishes: the big show's, then each other show's, an hour apart, every
 * tenth reporting a premiere (so release slots are merged too), each naming two persons.
 */
final class BenchArticles {

    static final String BIG_SHOW = "bench-show-0";
    private static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");
    private static final String SUMMARY = "A synthetic article for the sink benchmark: it names two persons of "
            + "the show and, every tenth time, the day the show premieres, so that timelines hold what real ones "
            + "hold without the benchmark paying for tagging.";

    private BenchArticles() {
    }

    static List<ShowTagged> of(final SinkBenchSettings settings) {
        final List<ShowTagged> articles = new ArrayList<>(settings.totalArticles());
        addShow(articles, BIG_SHOW, settings.entries());
        for (int show = 1; show <= settings.otherShows(); show++) {
            addShow(articles, "bench-show-" + show, Math.max(1, settings.entries() / 10));
        }
        return articles;
    }

    private static void addShow(final List<ShowTagged> articles, final String showId, final int count) {
        final ShowTag show = new ShowTag(showId, "Bench Show " + showId.substring(showId.lastIndexOf('-') + 1),
                null, Salience.PRIMARY, 0.95, new Evidence(showId, 0, showId.length(), "alias:" + showId));
        final List<PersonTag> persons = List.of(person(showId + "-lead"), person(showId + "-director"));
        for (int i = 0; i < count; i++) {
            final String id = showId + "-article-" + i;
            final Instant published = FIRST.plus(Duration.ofHours(i));
            final List<ReleaseEvent> releases = i % 10 == 0 ? List.of(new ReleaseEvent(showId, show.name(), 1,
                    ReleaseType.PREMIERE, LocalDate.of(2025, 1, 6), null, "Netflix", 8, null, List.of(), id,
                    new Evidence("It premieres on January 6.", 40, 66, "release:bench"), 0.8)) : List.of();
            articles.add(new ShowTagged(show, new TaggedArticle(id, 1, "https://bench.example/" + id,
                    "https://outlet-" + i % 7 + ".example/feed", "Bench article " + i + " about " + show.name(),
                    published, SUMMARY, List.of(show), persons, List.of(), releases, "bench")));
        }
    }

    private static PersonTag person(final String id) {
        return new PersonTag(id, id, List.of("actor"), List.of(id), 0.9,
                new Evidence(id, 10, 10 + id.length(), "alias:" + id));
    }
}
