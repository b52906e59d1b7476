package io.newsreel.ingest;

import io.newsreel.contract.event.ArticleFingerprint;
import io.newsreel.contract.event.ErrorRecord;
import io.newsreel.contract.event.FeedSubscription;
import io.newsreel.contract.topic.TopicProvisioner;
import io.newsreel.contract.topic.Topics;
import io.newsreel.ingest.dedup.SeenArticles;
import io.newsreel.ingest.fetch.FeedFetcher;
import io.newsreel.ingest.fetch.FetchException;
import io.newsreel.ingest.kafka.CompactedTopicReader;
import io.newsreel.ingest.normalize.ArticleNormalizer;
import io.newsreel.ingest.parse.FeedParseException;
import io.newsreel.ingest.parse.FeedParser;
import io.newsreel.ingest.publish.ArticlePublisher;
import io.newsreel.ingest.subscription.FeedState;
import io.newsreel.ingest.subscription.PollSchedule;
import io.newsreel.ingest.subscription.SubscriptionRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: follows {@code feed-subscriptions}, polls each enabled feed on its schedule, and publishes new
 * and changed articles on {@code raw-articles} (key: article id, value: {@code Article}); failures go to
 * {@code ingest-errors} and the feed backs off, while every other feed keeps flowing.
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
    private final PollSchedule schedule;
    private final FeedPoller poller;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "ingest-scheduler"));
    private final ExecutorService fetchers;
    private final Thread follower;
    private volatile boolean closing;
    private ArticlePublisher publisher;
    private CompactedTopicReader<FeedSubscription> subscriptionReader;

    public IngestService(final IngestConfig config, final Clock clock) {
        this.config = config;
        this.clock = clock;
        this.schedule = new PollSchedule(config.maxBackoff(), RandomGenerator.getDefault());
        this.poller = new FeedPoller(new FeedFetcher(config.fetch()), new FeedParser(), new ArticleNormalizer(), seen,
                clock);
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
            new TopicProvisioner(admin).ensure(List.of(Topics.FEED_SUBSCRIPTIONS, Topics.RAW_ARTICLES,
                    Topics.ARTICLE_FINGERPRINTS, Topics.INGEST_ERRORS));
        }
        publisher = new ArticlePublisher(config.kafka(), "newsreel-ingest-" + config.instanceId());
        try (CompactedTopicReader<ArticleFingerprint> fingerprints =
                     new CompactedTopicReader<>(config.kafka(), Topics.ARTICLE_FINGERPRINTS)) {
            fingerprints.readToEnd((id, fingerprint) -> {
                if (fingerprint != null) {
                    seen.remember(fingerprint);
                }
            });
        }
        subscriptionReader = new CompactedTopicReader<>(config.kafka(), Topics.FEED_SUBSCRIPTIONS);
        subscriptionReader.readToEnd(subscriptions::apply);
        LOG.info("Ingest started: {} feeds subscribed, {} articles known", subscriptions.all().size(), seen.size());
        follower.start();
        ticker.scheduleWithFixedDelay(this::pollDueFeeds, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
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

    private void pollDueFeeds() {
        final Instant now = clock.instant();
        for (final FeedSubscription subscription : subscriptions.enabled()) {
            final FeedState state = states.computeIfAbsent(subscription.url(), url -> FeedState.dueAt(now));
            if (!state.nextPoll().isAfter(now) && inFlight.add(subscription.url())) {
                fetchers.execute(() -> pollAndPublish(subscription));
            }
        }
        states.keySet().removeIf(url -> !subscriptions.contains(url));
    }

    private void pollAndPublish(final FeedSubscription subscription) {
        final String url = subscription.url();
        final Duration interval = subscription.pollInterval() != null
                ? subscription.pollInterval() : config.defaultPollInterval();
        final FeedState state = states.getOrDefault(url, FeedState.dueAt(clock.instant()));
        try {
            final FeedPoller.Outcome outcome = poller.poll(url, state.validators());
            publisher.publish(outcome.admitted());
            outcome.admitted().forEach(admitted -> seen.remember(admitted.fingerprint()));
            final Instant now = clock.instant();
            states.put(url, state.succeeded(outcome.validators(), now, schedule.afterSuccess(now, interval)));
            if (!outcome.admitted().isEmpty()) {
                LOG.info("{}: {} new or changed of {} items", url, outcome.admitted().size(), outcome.itemCount());
            }
        } catch (final FetchException e) {
            fail(url, state, interval, e.failure().kind(), e.httpStatus(), e.getMessage());
        } catch (final FeedParseException e) {
            fail(url, state, interval, "malformed-feed", null, e.getMessage());
        } catch (final RuntimeException e) {
            // Any other failure (a library bug, a Kafka outage) must not stop this feed for good or any other feed.
            fail(url, state, interval, "internal", null, e.toString());
        } finally {
            inFlight.remove(url);
        }
    }

    private void fail(final String url, final FeedState state, final Duration interval, final String kind,
                      final Integer status, final String message) {
        final Instant now = clock.instant();
        final FeedState failed = state.failed(message, schedule.afterFailure(now, interval,
                state.consecutiveFailures() + 1));
        states.put(url, failed);
        LOG.warn("{} failed ({}), attempt {}: {}", url, kind, failed.consecutiveFailures(), message);
        try {
            publisher.publishError(new ErrorRecord("ingest", kind, message, url, status, failed.consecutiveFailures(),
                    null, null, null, null, now));
        } catch (final RuntimeException e) {
            LOG.error("Cannot publish the error record for {}: {}", url, e.toString());
        }
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
