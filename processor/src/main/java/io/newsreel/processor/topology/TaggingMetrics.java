package io.newsreel.processor.topology;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.processor.match.Tagger;
import java.time.Duration;
import java.util.stream.Stream;

/** What tagging counts: articles tagged, the tags found by kind, and how long one article takes to tag. */
public final class TaggingMetrics {

    private static final String TAGS = "newsreel.processor.tags";
    private static final String TAGS_DESCRIPTION = "Tags found, by kind";
    /** Histogram buckets around the tagger's usual milliseconds per article, up to a rebuild's seconds. */
    private static final Duration[] BUCKETS = Stream.of(1, 2, 5, 10, 25, 50, 100, 250, 1_000, 5_000)
            .map(Duration::ofMillis).toArray(Duration[]::new);

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
        this.shows = Counter.builder(TAGS).tag("kind", "show").description(TAGS_DESCRIPTION).register(registry);
        this.persons = Counter.builder(TAGS).tag("kind", "person").description(TAGS_DESCRIPTION).register(registry);
        this.characters = Counter.builder(TAGS).tag("kind", "character").description(TAGS_DESCRIPTION)
                .register(registry);
        this.releases = Counter.builder(TAGS).tag("kind", "release").description(TAGS_DESCRIPTION)
                .register(registry);
    }

    /** Tags the article with the tagger, timing it and counting what it found. */
    TaggedArticle tag(final Tagger tagger, final Article article) {
        final TaggedArticle tagged = duration.record(() -> tagger.tag(article));
        articles.increment();
        shows.increment(tagged.shows().size());
        persons.increment(tagged.persons().size());
        characters.increment(tagged.characters().size());
        releases.increment(tagged.releaseEvents().size());
        return tagged;
    }
}
