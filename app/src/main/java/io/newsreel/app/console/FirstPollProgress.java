package io.newsreel.app.console;

import io.newsreel.contract.event.FeedStatus;
import io.newsreel.contract.event.FeedSubscription;
import io.newsreel.contract.topic.Topics;
import io.newsreel.ingest.kafka.CompactedTopicReader;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows ingest's first poll of many feeds as progress on stderr: the enabled feeds, which ingest polls all at once
 * when it starts (it restores every feed's state due at once, see {@code FeedState.restored}), against those that
 * {@code feed-status} shows polled since. It reads the topics from outside like any consumer, so ingest needs no
 * hook. It follows on a daemon thread of its own and stops by itself once every due feed was polled, or on
 * {@link #close()}; with fewer than {@link #MANY_FEEDS} feeds due it shows nothing.
 */
public final class FirstPollProgress implements AutoCloseable {

    /** Fewer feeds are polled in a few seconds: not worth a progress line. */
    public static final int MANY_FEEDS = 50;

    private static final Logger LOG = LoggerFactory.getLogger(FirstPollProgress.class);

    private final Set<String> due;
    private final Set<String> polled = new HashSet<>();
    /** Null when there are too few feeds to follow. */
    private final CompactedTopicReader<FeedStatus> statuses;
    private final Instant startedAt;
    private final CountDownLatch finished = new CountDownLatch(1);
    private int failed;

    private FirstPollProgress(final Set<String> due, final CompactedTopicReader<FeedStatus> statuses,
                              final Instant startedAt) {
        this.due = due;
        this.statuses = statuses;
        this.startedAt = startedAt;
    }

    /**
     * Follows the first poll of the feeds due at {@code startedAt} (when ingest was started) on the Kafka of
     * {@code kafka}; the topics must exist.
     */
    private static FirstPollProgress follow(final Map<String, Object> kafka, final Instant startedAt) {
        return follow(kafka, startedAt, MANY_FEEDS,
                total -> Progress.onStderr("First poll of the subscribed feeds", total));
    }

    /**
     * {@link #follow(Map, Instant)}, or nothing when the topics cannot be read now: a progress display is not worth
     * stopping a service that has started.
     */
    public static Optional<FirstPollProgress> tryFollow(final Map<String, Object> kafka, final Instant startedAt) {
        try {
            return Optional.of(follow(kafka, startedAt));
        } catch (final KafkaException e) {
            LOG.warn("No progress display for the first poll: {}", e.toString());
            return Optional.empty();
        }
    }

    static FirstPollProgress follow(final Map<String, Object> kafka, final Instant startedAt, final int atLeast,
                                    final LongFunction<Progress> display) {
        final Set<String> due = CompactedTopicReader.latest(kafka, Topics.FEED_SUBSCRIPTIONS).values().stream()
                .filter(FeedSubscription::enabled).map(FeedSubscription::url).collect(Collectors.toSet());
        if (due.size() < atLeast) {
            final FirstPollProgress nothingToShow = new FirstPollProgress(due, null, startedAt);
            nothingToShow.finished.countDown();
            return nothingToShow;
        }
        // From the beginning: ingest may have polled some feeds before this reader started.
        final FirstPollProgress progress = new FirstPollProgress(due,
                new CompactedTopicReader<>(kafka, Topics.FEED_STATUS), startedAt);
        final Thread thread = new Thread(() -> progress.run(display.apply(due.size())), "newsreel-first-poll");
        thread.setDaemon(true);
        thread.start();
        return progress;
    }

    private void run(final Progress display) {
        try (statuses; display) {
            while (polled.size() < due.size()) {
                statuses.pollOnce((url, status) -> count(url, status));
                display.update(polled.size(), failed == 0 ? "" : String.format(Locale.ROOT, "%,d failed", failed));
            }
        } catch (final WakeupException e) {
            // close() stopped following before every feed was polled.
        } finally {
            finished.countDown();
        }
    }

    private void count(final String url, final FeedStatus status) {
        if (status != null && due.contains(url) && !status.lastPoll().isBefore(startedAt) && polled.add(url)
                && status.lastError() != null) {
            failed++;
        }
    }

    /** Whether it stopped following: every due feed was polled, there were too few to follow, or it was closed. */
    public boolean finished() {
        return finished.getCount() == 0;
    }

    @Override
    public void close() {
        if (!finished()) {
            statuses.wakeup();
        }
    }
}
