package io.newsreel.ingest.subscription;

import io.newsreel.contract.event.FeedSubscription;
import io.newsreel.contract.topic.Topics;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Subscribes and unsubscribes feeds by writing to the {@code feed-subscriptions} topic; waits for each write. */
public final class SubscriptionWriter implements AutoCloseable {

    private final KafkaProducer<String, FeedSubscription> producer;

    public SubscriptionWriter(final Map<String, Object> clientProperties) {
        final Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.producer = new KafkaProducer<>(properties, Topics.FEED_SUBSCRIPTIONS.keySerde().serializer(),
                Topics.FEED_SUBSCRIPTIONS.valueSerde().serializer());
    }

    public void subscribe(final FeedSubscription subscription) {
        send(subscription.url(), subscription);
    }

    public void unsubscribe(final String url) {
        send(url, null);
    }

    private void send(final String url, final FeedSubscription value) {
        try {
            producer.send(new ProducerRecord<>(Topics.FEED_SUBSCRIPTIONS.name(), url, value)).get();
        } catch (final ExecutionException e) {
            throw new IllegalStateException("Cannot write subscription of " + url + ": " + e.getCause(), e.getCause());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing subscription of " + url, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
