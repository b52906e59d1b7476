package io.newsreel.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsreel.contract.event.ArticleFingerprint;
import io.newsreel.contract.event.FeedStatus;
import io.newsreel.contract.event.FeedSubscription;
import io.newsreel.contract.topic.TopicProvisioner;
import io.newsreel.contract.topic.Topics;
import io.newsreel.ingest.dedup.SeenArticles;
import io.newsreel.ingest.fetch.FeedFetcher;
import io.newsreel.ingest.fulltext.FullTextFetcher;
import io.newsreel.ingest.kafka.CompactedTopicReader;
import io.newsreel.ingest.normalize.ArticleNormalizer;
import io.newsreel.ingest.parse.FeedParser;
import io.newsreel.ingest.publish.ArticlePublisher;
import io.newsreel.ingest.subscription.DueFeeds;
import io.newsreel.ingest.subscription.FeedState;
import io.newsreel.ingest.subscription.HostLimiter;
import io.newsreel.ingest.subscription.PollSchedule;
import io.newsreel.ingest.subscription.SubscriptionRegistry;
import io.newsreel.ingest.subscription.SubscriptionWriter;
import io.newsreel.ops.Health;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: follows {@code feed-subscriptions}, polls each enabled feed on its schedule with at most a
 * few fetches per host, and publishes new and changed articles on {@code raw-articles} (key: article id, value:
 * {@code Article}), each feed's state on {@code feed-status} and failures on {@code ingest-errors}.
 */
public final class IngestService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    private static final Duration TICK = Duration.ofMillis(250);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final IngestConfig config;
    private final Clock clock;
    private final SeenArticles seen = new SeenArticles();
    private final SubscriptionRegistry subscriptions = new SubscriptionRegistry();
    private final Map<String, FeedState> states = new ConcurrentHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final HostLimiter hosts;
    private final IngestMetrics metrics;
    private final FeedFetcher fetcher;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "ingest-scheduler"));
    private final ExecutorService fetchers;
    private final Thread follower;
    private volatile boolean closing;
    private volatile ScheduledFuture<?> polling;
    private ArticlePublisher publisher;
    private SubscriptionWriter subscriptionWriter;
    private CompactedTopicReader<FeedSubscription> subscriptionReader;
    private FeedWorker worker;

    public IngestService(final IngestConfig config, final Clock clock) {
        this(config, clock, new SimpleMeterRegistry());
    }

    public IngestService(final IngestConfig config, final Clock clock, final MeterRegistry registry) {
        this.config = config;
        this.metrics = new IngestMetrics(registry);
        this.clock = clock;
        this.hosts = new HostLimiter(config.perHostFetches());
        this.fetcher = new FeedFetcher(config.fetch(), clock);
        this.fetchers = Executors.newFixedThreadPool(config.fetchThreads(), runnable -> {
            final Thread thread = new Thread(runnable, "ingest-fetch");
            thread.setDaemon(true);
            return thread;
        });
        this.follower = new Thread(this::followSubscriptions, "ingest-subscriptions");
    }

    /** Creates the topics, restores what was published before, and starts polling. */
    public void start() {
        try (Admin admin = Admin.create(config.kafka())) {
            new TopicProvisioner(admin).ensure(List.of(Topics.FEED_SUBSCRIPTIONS, Topics.FEED_STATUS,
                    Topics.RAW_ARTICLES, Topics.ARTICLE_FINGERPRINTS, Topics.INGEST_ERRORS));
        }
        publisher = new ArticlePublisher(config.kafka(), "newsreel-ingest-" + config.instanceId());
        subscriptionWriter = new SubscriptionWriter(config.kafka());
        restore();
        worker = new FeedWorker(new FeedPoller(new FeedReader(fetcher, new FeedParser(), new ArticleNormalizer(),
                clock), seen), new FullTextFetcher(fetcher, config.fullText()), seen, publisher, subscriptionWriter,
                new PollSchedule(config.maxBackoff(), RandomGenerator.getDefault()), states,
                config.defaultPollInterval(), metrics, clock);
        subscriptionReader = new CompactedTopicReader<>(config.kafka(), Topics.FEED_SUBSCRIPTIONS);
        subscriptionReader.readToEnd(subscriptions::apply);
        LOG.info("Ingest started: {} feeds subscribed, {} articles known", subscriptions.all().size(), seen.size());
        follower.start();
        polling = ticker.scheduleWithFixedDelay(this::pollDueFeedsOrSayWhyNot, 0, TICK.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * Ready once its topics exist, its transactional producer is initialized and polling has begun; not live once
     * it no longer follows subscriptions, polls or publishes, which only a restart mends.
     */
    public Health health() {
        final ScheduledFuture<?> scheduled = polling;
        if (closing) {
            return Health.down("ingest: stopped");
        }
        if (scheduled == null) {
            return Health.notReady("ingest: creating topics and restoring feed state");
        }
        if (scheduled.isDone()) {
            return Health.down("ingest: feeds are no longer polled");
        }
        if (!follower.isAlive()) {
            return Health.down("ingest: feed-subscriptions is no longer followed");
        }
        final Optional<RuntimeException> publishing = publisher.failure();
        if (publishing.isPresent()) {
            return Health.down("ingest: articles are no longer published: " + publishing.get());
        }
        return Health.up();
    }

    private void restore() {
        try (CompactedTopicReader<ArticleFingerprint> fingerprints =
                     new CompactedTopicReader<>(config.kafka(), Topics.ARTICLE_FINGERPRINTS)) {
            fingerprints.readToEnd((id, fingerprint) -> {
                if (fingerprint != null) {
                    seen.remember(fingerprint);
                }
            });
        }
        final Instant now = clock.instant();
        try (CompactedTopicReader<FeedStatus> statuses =
                     new CompactedTopicReader<>(config.kafka(), Topics.FEED_STATUS)) {
            statuses.readToEnd((url, status) -> {
                if (status == null) {
                    states.remove(url);
                } else {
                    states.put(url, FeedState.restored(status, now));
                }
            });
        }
    }

    private void followSubscriptions() {
        try {
            while (!closing) {
                subscriptionReader.pollOnce(subscriptions::apply);
            }
        } catch (final WakeupException e) {
            // close() woke the reader up to stop it.
        }
    }

    /** A failure here would end the schedule silently, the exception kept in its future: say why first. */
    private void pollDueFeedsOrSayWhyNot() {
        try {
            pollDueFeeds();
        } catch (final RuntimeException e) {
            LOG.error("Feeds are no longer polled", e);
            throw e;
        }
    }

    private void pollDueFeeds() {
        final Instant now = clock.instant();
        for (final FeedSubscription subscription : DueFeeds.inPollOrder(subscriptions.enabled(), states, inFlight,
                now)) {
            final String url = subscription.url();
            if (!hosts.tryAcquire(url)) {
                continue;
            }
            inFlight.add(url);
            fetchers.execute(() -> {
                try {
                    worker.poll(subscription);
                } finally {
                    hosts.release(url);
                    inFlight.remove(url);
                }
            });
        }
        states.keySet().removeIf(url -> !subscriptions.contains(url) && !inFlight.contains(url));
    }

    @Override
    public void close() {
        closing = true;
        ticker.shutdown();
        fetchers.shutdown();
        try {
            ticker.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            fetchers.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (subscriptionReader != null) {
            subscriptionReader.wakeup();
            joinFollower();
            subscriptionReader.close();
        }
        fetcher.close();
        if (subscriptionWriter != null) {
            subscriptionWriter.close();
        }
        if (publisher != null) {
            publisher.close();
        }
    }

    private void joinFollower() {
        try {
            follower.join(SHUTDOWN_GRACE.toMillis());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
