package io.newsreel.processor.retag;

import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.topic.Topics;
import io.newsreel.processor.ProcessorService;
import io.newsreel.processor.match.Tagger;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays the raw articles through the current catalog and rules and publishes the corrected tags. In:
 * {@code catalog} (latest value per key), {@code raw-articles} (article id → Article, latest revision per id) and
 * {@code tagged-articles} (article id → TaggedArticle, latest per id). Out, for changed articles only and unless a
 * dry run: {@code tagged-articles}, {@code show-tags}, {@code person-tags}, {@code release-events}, with retractions
 * for lost shows and persons (see {@link RetagRecords}).
 *
 * <p>An article the processor has not tagged yet, or not at its latest revision, is left to the processor: it will
 * tag it with the same catalog.
 */
public final class Retagger {

    private static final Logger LOG = LoggerFactory.getLogger(Retagger.class);
    private static final Comparator<ArticleDiff> ARTICLE_ORDER = Comparator
            .comparing((ArticleDiff diff) -> diff.retagged().published(),
                    Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ArticleDiff::articleId);

    private final RetagConfig config;
    private final InstantSource clock;

    public Retagger(final RetagConfig config, final InstantSource clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * Runs the re-tag once.
     *
     * @param changed receives every changed article, oldest first within each batch, before the batch is published
     * @throws RetagException when Kafka cannot be read or a batch cannot be published
     */
    public RetagReport run(final Consumer<ArticleDiff> changed) {
        try {
            return new Run(changed).execute();
        } catch (final KafkaException e) {
            throw new RetagException("Re-tag failed: " + e.getMessage(), e);
        }
    }

    /** One run's state. */
    private final class Run {

        private final Consumer<ArticleDiff> listener;
        private final List<ArticleDiff> batch = new ArrayList<>();
        private final Map<ChangeKind, Long> changes = new EnumMap<>(ChangeKind.class);
        private RetagPublisher publisher;
        private Tagger tagger;
        private Map<String, TaggedArticle> current;
        private long outOfRange;
        private long untagged;
        private long pending;
        private long failed;
        private long retagged;
        private long scanned;
        private long changedArticles;
        private long published;
        private long transactions;
        private long taggingNanos;

        Run(final Consumer<ArticleDiff> listener) {
            this.listener = listener;
        }

        RetagReport execute() {
            final Instant start = clock.instant();
            final List<CatalogEntry> catalog = CatalogSnapshot.read(config.kafka());
            tagger = Tagger.of(ProcessorService.RULES_VERSION, catalog);
            final Duration setup = Duration.between(start, clock.instant());
            final long articles;
            final long unreadable;
            try (TopicScan<Article> raw = new TopicScan<>(config.kafka(), Topics.RAW_ARTICLES);
                 RetagPublisher opened = config.dryRun() ? null
                         : new RetagPublisher(config.kafka(), config.transactionalId())) {
                publisher = opened;
                final LatestRevisions latest = new LatestRevisions();
                raw.scan((key, article, partition, offset) -> latest.add(article, partition, offset));
                unreadable = raw.unreadable();
                articles = latest.positions().size();
                final Set<String> wanted = new HashSet<>();
                latest.positions().forEach((id, position) -> {
                    if (config.filter().publishedInRange(position.published())) {
                        wanted.add(id);
                    } else {
                        outOfRange++;
                    }
                });
                current = CurrentTags.read(config.kafka(), wanted);
                raw.scan((key, article, partition, offset) -> {
                    if (article != null && wanted.contains(article.id())
                            && latest.isLatest(article.id(), partition, offset)) {
                        retag(article);
                    }
                });
                flush();
            }
            return new RetagReport(config.filter(), config.dryRun(), catalog.size(), articles, outOfRange, untagged,
                    pending, failed, retagged, scanned, changedArticles, changes, published, transactions,
                    unreadable, Duration.between(start, clock.instant()), setup, Duration.ofNanos(taggingNanos));
        }

        private void retag(final Article article) {
            final TaggedArticle tags = current.remove(article.id());
            if (tags == null) {
                untagged++;
                return;
            }
            if (tags.revision() != article.revision()) {
                pending++;
                return;
            }
            final Instant before = clock.instant();
            final TaggedArticle again;
            try {
                // Stories are assigned by the processor from state only it keeps: a re-tag keeps the article's.
                again = tagger.tag(article).inStory(tags.storyId());
            } catch (final RuntimeException e) {
                failed++;
                LOG.warn("Cannot re-tag article {} revision {}", article.id(), article.revision(), e);
                return;
            } finally {
                taggingNanos += Duration.between(before, clock.instant()).toNanos();
            }
            retagged++;
            if (!config.filter().concerns(tags, again)) {
                return;
            }
            scanned++;
            final ArticleDiff diff = TagDiff.between(tags, again);
            if (diff.changed()) {
                changedArticles++;
                diff.changes().forEach(change -> changes.merge(change.kind(), 1L, Long::sum));
                batch.add(diff);
                if (batch.size() >= config.batchSize()) {
                    flush();
                }
            }
        }

        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            batch.sort(ARTICLE_ORDER);
            batch.forEach(listener);
            if (publisher != null) {
                publisher.publish(batch);
                published += batch.size();
                transactions++;
            }
            batch.clear();
        }
    }
}
