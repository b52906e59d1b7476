package io.newsreel.ingest;

import io.newsreel.contract.event.ErrorRecord;
import io.newsreel.contract.event.FeedStatus;
import io.newsreel.contract.event.FeedSubscription;
import io.newsreel.ingest.dedup.SeenArticles;
import io.newsreel.ingest.fetch.FetchException;
import io.newsreel.ingest.fulltext.FullTextFetcher;
import io.newsreel.ingest.parse.FeedParseException;
import io.newsreel.ingest.publish.ArticlePublisher;
import io.newsreel.ingest.subscription.FeedState;
import io.newsreel.ingest.subscription.PollSchedule;
import io.newsreel.ingest.subscription.SubscriptionWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one feed and publishes the outcome: new and changed articles with the feed's status, or an error record.
 * Any failure, of any kind, becomes an error record and a back-off for this feed only.
 */
final class FeedWorker {

    private static final Logger LOG = LoggerFactory.getLogger(FeedWorker.class);

    private final FeedPoller poller;
    private final FullTextFetcher fullText;
    private final SeenArticles seen;
    private final ArticlePublisher publisher;
    private final SubscriptionWriter subscriptions;
    private final PollSchedule schedule;
    private final Map<String, FeedState> states;
    private final Duration defaultInterval;
    private final IngestMetrics metrics;
    private final Clock clock;

    FeedWorker(final FeedPoller poller, final FullTextFetcher fullText, final SeenArticles seen,
               final ArticlePublisher publisher,
               final SubscriptionWriter subscriptions, final PollSchedule schedule,
               final Map<String, FeedState> states, final Duration defaultInterval, final IngestMetrics metrics,
               final Clock clock) {
        this.poller = poller;
        this.fullText = fullText;
        this.seen = seen;
        this.publisher = publisher;
        this.subscriptions = subscriptions;
        this.schedule = schedule;
        this.states = states;
        this.defaultInterval = defaultInterval;
        this.metrics = metrics;
        this.clock = clock;
    }

    void poll(final FeedSubscription subscription) {
        final String url = subscription.url();
        final Duration interval = subscription.pollInterval() != null ? subscription.pollInterval() : defaultInterval;
        final Instant started = clock.instant();
        final FeedState state = states.getOrDefault(url, FeedState.dueAt(started));
        try {
            final FeedPoller.Outcome outcome = poller.poll(url, state.validators(), subscription.zone());
            final Instant now = clock.instant();
            final FeedState next = state.succeeded(outcome.reading().validators(), now,
                    schedule.afterSuccess(now, interval), outcome.admitted().size());
            final List<SeenArticles.Admitted> admitted = publish(outcome.admitted(), next.toStatus(url),
                    subscription.fullText());
            states.put(url, next);
            metrics.polled(outcome.reading().unchanged(), admitted.size(), Duration.between(started, now));
            if (!admitted.isEmpty()) {
                LOG.info("{}: {} new or changed of {} items", url, admitted.size(), outcome.reading().itemCount());
            }
            if (outcome.reading().movedTo() != null) {
                move(subscription, outcome.reading().movedTo());
            }
        } catch (final FetchException e) {
            fail(url, state, started, interval, e.failure().kind(), e.httpStatus(), e.retryAfter(), e.getMessage());
        } catch (final FeedParseException e) {
            fail(url, state, started, interval, e.kind().code(), null, null, e.getMessage());
        } catch (final RuntimeException e) {
            // A library bug or a Kafka outage must not stop this feed for good, nor any other feed.
            fail(url, state, started, interval, "internal", null, null, e.toString());
        }
    }

    /**
     * Publishes what a poll admitted and remembers it once committed; on any failure the admissions are released,
     * so the next poll offers the same articles again.
     */
    private List<SeenArticles.Admitted> publish(final List<SeenArticles.Admitted> admitted, final FeedStatus status,
                                                final Boolean fullTextPreference) {
        try {
            final List<SeenArticles.Admitted> enriched = admitted.stream()
                    .map(each -> withFullText(each, fullTextPreference)).toList();
            publisher.publish(enriched, status).join();
            enriched.forEach(each -> seen.remember(each.fingerprint()));
            return enriched;
        } catch (final RuntimeException e) {
            admitted.forEach(each -> seen.release(each.fingerprint()));
            throw e;
        }
    }

    /**
     * A new article whose feed text is short gets its page's text, fetched once: changed revisions keep what the
     * feed says, and the fingerprint stays that of the feed's content, so a later poll does not see a change.
     */
    private SeenArticles.Admitted withFullText(final SeenArticles.Admitted admitted, final Boolean feedPreference) {
        if (admitted.article().revision() != 1 || !fullText.wants(admitted.article(), feedPreference)) {
            return admitted;
        }
        return new SeenArticles.Admitted(fullText.enrich(admitted.article()), admitted.fingerprint());
    }

    /** The feed answered from a new address through permanent redirects only: subscribe that address instead. */
    private void move(final FeedSubscription subscription, final String movedTo) {
        LOG.info("{} moved permanently to {}; subscription updated", subscription.url(), movedTo);
        subscriptions.subscribe(new FeedSubscription(movedTo, subscription.title(), subscription.pollInterval(),
                subscription.enabled(), subscription.added(), subscription.fullText(), subscription.zone()));
        subscriptions.unsubscribe(subscription.url());
    }

    private void fail(final String url, final FeedState state, final Instant started, final Duration interval,
                      final String kind, final Integer status, final Duration retryAfter, final String message) {
        final Instant now = clock.instant();
        Instant next = schedule.afterFailure(now, interval, state.consecutiveFailures() + 1);
        if (retryAfter != null && now.plus(retryAfter).isAfter(next)) {
            next = now.plus(retryAfter);
        }
        final FeedState failed = state.failed(kind, message, now, next);
        states.put(url, failed);
        metrics.failed(kind, Duration.between(started, now));
        LOG.warn("{} failed ({}), attempt {}: {}", url, kind, failed.consecutiveFailures(), message);
        try {
            publisher.publishError(new ErrorRecord("ingest", kind, message, url, status, failed.consecutiveFailures(),
                    null, null, null, null, now), failed.toStatus(url)).join();
        } catch (final RuntimeException e) {
            LOG.error("Cannot publish the error record for {}: {}", url, e.toString());
        }
    }
}
