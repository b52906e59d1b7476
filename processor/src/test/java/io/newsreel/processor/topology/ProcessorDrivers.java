package io.newsreel.processor.topology;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsreel.contract.topic.Topic;
import io.newsreel.contract.topic.Topics;
import io.newsreel.processor.catalog.LiveCatalog;
import io.newsreel.streams.ErrorRouting;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The processor's topology in a {@code TopologyTestDriver}, with errors routed as the processor service routes them
 * and a catalog that rebuilds its tagger on every change, so that a catalog record is used by the next article.
 */
public final class ProcessorDrivers {

    private ProcessorDrivers() {
    }

    /** A driver whose tagging metrics go to a registry nobody reads. */
    public static TopologyTestDriver start(final String applicationId) {
        return start(applicationId, new TaggingMetrics(new SimpleMeterRegistry()));
    }

    public static TopologyTestDriver start(final String applicationId, final TaggingMetrics metrics) {
        final Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        ErrorRouting.configure(properties, "processor", Topics.PROCESSOR_ERRORS);
        return new TopologyTestDriver(ProcessorTopology.build(
                new LiveCatalog("test", Duration.ZERO, Clock.systemUTC()), metrics, properties), properties);
    }

    public static <V> TestInputTopic<String, V> input(final TopologyTestDriver driver, final Topic<V> topic) {
        return driver.createInputTopic(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    public static <V> TestOutputTopic<String, V> output(final TopologyTestDriver driver, final Topic<V> topic) {
        return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
    }
}
