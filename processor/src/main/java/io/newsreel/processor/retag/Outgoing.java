package io.newsreel.processor.retag;

import io.newsreel.contract.topic.Topic;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * One record a re-tag publishes.
 *
 * @param topic where it goes, with the serdes
 * @param key the record key
 * @param value the record value
 * @param <V> value type
 */
record Outgoing<V>(Topic<V> topic, String key, V value) {

    ProducerRecord<String, byte[]> toRecord() {
        return new ProducerRecord<>(topic.name(), key, topic.valueSerde().toBytes(value));
    }
}
