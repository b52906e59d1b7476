package io.newsreel.ingest.publish;

import io.newsreel.contract.event.ErrorRecord;
import io.newsreel.contract.event.FeedStatus;
import io.newsreel.contract.topic.Topics;
import io.newsreel.ingest.dedup.SeenArticles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes each poll's outcome (new and changed articles with their fingerprints and the feed's status, or an
 * error record and the status) in a Kafka transaction, so that an article is published exactly when ingest will
 * remember it, even across a crash. Articles are keyed by article id; the producer is idempotent and compresses.
 *
 * <p>A transaction belongs to one producer, and one commit per poll would cap ingest at the commit rate: one
 * committer thread takes every outcome waiting and commits them together, and each caller waits for the commit of
 * its own outcome.
 *
 * <p>While Kafka is away the committer waits: a commit that times out is retried until Kafka answers, since only
 * the answer tells whether the outcome was published (giving up would publish it again on the next poll, or lose
 * it). A producer that can no longer abort (its transaction timed out while the broker was away) is replaced by a
 * new one with the same transactional id; a fenced producer stops publishing for good, see {@link #failure()}.
 */
public final class ArticlePublisher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ArticlePublisher.class);
    private static final int MAX_BATCH = 256;
    private static final Duration IDLE_WAIT = Duration.ofMillis(200);

    private final Map<String, Object> properties;
    private final BlockingQueue<Outcome> waiting = new LinkedBlockingQueue<>();
    private final Thread committer;
    private volatile boolean closing;
    /** Set before the committer fails what is still waiting, so that nothing enqueued later waits forever. */
    private volatile boolean stopped;
    /** Why the committer stopped before it was closed, or null. */
    private volatile RuntimeException failure;
    /** Replaced by the committer thread when a producer can no longer abort. */
    private volatile KafkaProducer<String, byte[]> producer;

    public ArticlePublisher(final Map<String, Object> clientProperties, final String transactionalId) {
        final Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        properties.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        this.properties = properties;
        this.producer = newProducer();
        producer.initTransactions();
        this.committer = new Thread(this::commitLoop, "ingest-publisher");
        committer.start();
    }

    /** Publishes a poll's new and changed articles, their fingerprints and the feed's status, all or nothing. */
    public CompletableFuture<Void> publish(final List<SeenArticles.Admitted> admitted, final FeedStatus status) {
        return enqueue(new Outcome(admitted, null, status));
    }

    /** Publishes a failed poll's error record and the feed's status. */
    public CompletableFuture<Void> publishError(final ErrorRecord error, final FeedStatus status) {
        return enqueue(new Outcome(List.of(), error, status));
    }

    /**
     * Why publishing stopped for good, if it did: another ingest with the same instance id took over its
     * transactional id, or an error the committer cannot recover from. Only a restart mends it.
     */
    public Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }

    private CompletableFuture<Void> enqueue(final Outcome outcome) {
        if (closing || stopped) {
            outcome.committed().completeExceptionally(new IllegalStateException("The publisher is closed"));
            return outcome.committed();
        }
        waiting.add(outcome);
        if (stopped) {
            failWaiting(new IllegalStateException("The publisher is closed"));
        }
        return outcome.committed();
    }

    private void commitLoop() {
        final List<Outcome> batch = new ArrayList<>();
        try {
            while (!closing || !waiting.isEmpty()) {
                final Outcome first = waiting.poll(IDLE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
                batch.clear();
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (final RuntimeException e) {
            LOG.error("Publishing stopped: {}", e.toString(), e);
            failure = e;
            batch.forEach(outcome -> outcome.committed().completeExceptionally(e));
        } finally {
            stopped = true;
            failWaiting(failure != null ? failure : new IllegalStateException("The publisher is closed"));
        }
    }

    private void failWaiting(final RuntimeException cause) {
        for (Outcome outcome = waiting.poll(); outcome != null; outcome = waiting.poll()) {
            outcome.committed().completeExceptionally(cause);
        }
    }

    /** Commits the batch; a failed batch is failed, and the caller's poll is retried later. */
    private void commit(final List<Outcome> batch) {
        try {
            producer.beginTransaction();
            batch.forEach(this::send);
            commitTransaction();
            batch.forEach(outcome -> outcome.committed().complete(null));
        } catch (final ProducerFencedException e) {
            // Another producer took over this transactional id: a second ingest with the same instance id. Taking
            // it back would only fence that one in turn.
            throw e;
        } catch (final KafkaException | IllegalStateException e) {
            batch.forEach(outcome -> outcome.committed().completeExceptionally(e));
            abortOrReplace();
        }
    }

    /**
     * Commits, retrying while the commit times out: after a timeout Kafka allows nothing but a retry, and the
     * outcome is unknown until a retry answers.
     */
    private void commitTransaction() {
        while (true) {
            try {
                producer.commitTransaction();
                return;
            } catch (final TimeoutException e) {
                if (closing) {
                    throw e;
                }
                LOG.warn("Commit not confirmed yet, retrying: {}", e.toString());
            }
        }
    }

    /**
     * Aborts the failed transaction; when the producer cannot (its transaction timed out on the broker while it was
     * away), replaces it with a new one of the same transactional id.
     */
    private void abortOrReplace() {
        try {
            producer.abortTransaction();
        } catch (final ProducerFencedException e) {
            throw e;
        } catch (final KafkaException | IllegalStateException e) {
            LOG.warn("Cannot abort the failed transaction ({}); starting a new producer", e.toString());
            producer.close(Duration.ZERO);
            producer = newProducer();
            initTransactions();
        }
    }

    private KafkaProducer<String, byte[]> newProducer() {
        return new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
    }

    /** Fences the previous producer and aborts its open transaction, waiting for Kafka as long as it takes. */
    private void initTransactions() {
        while (!closing) {
            try {
                producer.initTransactions();
                return;
            } catch (final TimeoutException e) {
                LOG.warn("Cannot initialize the new producer yet, retrying: {}", e.toString());
            }
        }
    }

    private void send(final Outcome outcome) {
        for (final SeenArticles.Admitted each : outcome.admitted()) {
            final String id = each.article().id();
            producer.send(new ProducerRecord<>(Topics.RAW_ARTICLES.name(), id,
                    ArticleSize.serialize(each.article(), ArticleSize.MAX_RECORD_BYTES)));
            producer.send(new ProducerRecord<>(Topics.ARTICLE_FINGERPRINTS.name(), id,
                    Topics.ARTICLE_FINGERPRINTS.valueSerde().toBytes(each.fingerprint())));
        }
        if (outcome.error() != null) {
            producer.send(new ProducerRecord<>(Topics.INGEST_ERRORS.name(), outcome.error().subject(),
                    Topics.INGEST_ERRORS.valueSerde().toBytes(outcome.error())));
        }
        producer.send(new ProducerRecord<>(Topics.FEED_STATUS.name(), outcome.status().url(),
                Topics.FEED_STATUS.valueSerde().toBytes(outcome.status())));
    }

    /** Commits what is waiting, then closes the producer. */
    @Override
    public void close() {
        closing = true;
        try {
            committer.join(Duration.ofSeconds(30).toMillis());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (committer.isAlive()) {
            LOG.warn("The last commit is still waiting for Kafka; closing the producer under it");
        }
        producer.close();
    }

    private record Outcome(List<SeenArticles.Admitted> admitted, ErrorRecord error, FeedStatus status,
                           CompletableFuture<Void> committed) {

        Outcome(final List<SeenArticles.Admitted> admitted, final ErrorRecord error, final FeedStatus status) {
            this(admitted, error, status, new CompletableFuture<>());
        }
    }
}
