package io.newsreel.processor.topology;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.ops.Meters;
import java.time.Duration;

/** What tagging counts: articles tagged, the tags found by kind, and how long one article takes to tag. */
public final class TaggingMetrics {

    private static final String TAGS = "newsreel.processor.tags";
    private static final String TAGS_DESCRIPTION = "Tags found, by kind";
    /** Histogram buckets around the tagger's usual milliseconds per article, up to a rebuild's seconds. */
    private static final Duration[] BUCKETS = Meters.bucketsMillis(1, 2, 5, 10, 25, 50, 100, 250, 1_000, 5_000);

    private final Timer duration;
    private final Counter articles;
    private final Counter shows;
    private final Counter persons;
    private final Counter characters;
    private final Counter releases;

    public TaggingMetrics(final MeterRegistry registry) {
        this.duration = Timer.builder("newsreel.processor.tagging.duration")
                .description("Time to tag one article, catalog lookups and release extraction included")
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
        this.articles = Counter.builder("newsreel.processor.articles.tagged")
                .description("Articles tagged").register(registry);
        this.shows = tags(registry, "show");
        this.persons = tags(registry, "person");
        this.characters = tags(registry, "character");
        this.releases = tags(registry, "release");
    }

    private static Counter tags(final MeterRegistry registry, final String kind) {
        return Counter.builder(TAGS).tag("kind", kind).description(TAGS_DESCRIPTION).register(registry);
    }

    /** Counts an article tagged in {@code took} and the tags found in it. */
    void tagged(final TaggedArticle tagged, final Duration took) {
        duration.record(took);
        articles.increment();
        shows.increment(tagged.shows().size());
        persons.increment(tagged.persons().size());
        characters.increment(tagged.characters().size());
        releases.increment(tagged.releaseEvents().size());
    }
}
