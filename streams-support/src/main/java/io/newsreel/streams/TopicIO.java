package io.newsreel.streams;

import io.newsreel.contract.topic.Topic;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/** Reading and writing catalogue topics in a topology, always with the topic's own serdes. */
public final class TopicIO {

    private TopicIO() {
    }

    public static <V> Consumed<String, V> consumed(final Topic<V> topic) {
        return Consumed.with(topic.keySerde(), topic.valueSerde());
    }

    public static <V> Produced<String, V> produced(final Topic<V> topic) {
        return Produced.with(topic.keySerde(), topic.valueSerde());
    }
}
