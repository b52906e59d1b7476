package io.newsreel.app.contract;

import static io.newsreel.testkit.schema.DocumentSchemas.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsreel.contract.event.ErrorRecord;
import io.newsreel.contract.topic.Topic;
import io.newsreel.contract.topic.Topics;
import io.newsreel.processor.catalog.LiveCatalog;
import io.newsreel.processor.topology.ProcessorTopology;
import io.newsreel.processor.topology.TaggingMetrics;
import io.newsreel.sink.topology.SinkTopology;
import io.newsreel.streams.ErrorRouting;
import io.newsreel.testkit.schema.AsyncApiDocument;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * The error records the processor and the sink really publish match their channels in the AsyncAPI document. They
 * are made here, on the topologies in a test driver, because a record that is not JSON on a topic of the shared
 * test cluster would trip every other test that reads that topic; {@code PublishedContractsIT} checks the rest.
 */
class StreamsErrorRecordsTest {

    private final AsyncApiDocument document = new AsyncApiDocument();

    @Test
    void shouldPublishAnUnreadableArticleOnProcessorErrorsAsDocumented() {
        final TestRecord<String, String> error = errorFor("processor", Topics.PROCESSOR_ERRORS, Topics.RAW_ARTICLES,
                properties -> ProcessorTopology.build(new LiveCatalog("test", Duration.ZERO, Clock.systemUTC()),
                        new TaggingMetrics(new SimpleMeterRegistry()), properties));

        assertDocumented(Topics.PROCESSOR_ERRORS, error);
    }

    @Test
    void shouldPublishAnUnreadableShowTagOnSinkErrorsAsDocumented() {
        final TestRecord<String, String> error = errorFor("sink", Topics.SINK_ERRORS, Topics.SHOW_TAGS,
                SinkTopology::build);

        assertDocumented(Topics.SINK_ERRORS, error);
    }

    /** Sends a record that is not JSON to {@code input} of the service's topology; returns its error record. */
    private static TestRecord<String, String> errorFor(final String service, final Topic<ErrorRecord> errors,
                                                      final Topic<?> input,
                                                      final Function<Properties, Topology> topology) {
        final Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, service + "-contract-" + UUID.randomUUID());
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        ErrorRouting.configure(properties, service, errors);
        try (TopologyTestDriver driver = new TopologyTestDriver(topology.apply(properties), properties)) {
            driver.createInputTopic(input.name(), new StringSerializer(), new StringSerializer())
                    .pipeInput("not-json", "{this is not JSON");
            final TestOutputTopic<String, String> output = driver.createOutputTopic(errors.name(),
                    new StringDeserializer(), new StringDeserializer());
            final TestRecord<String, String> error = output.readRecord();
            assertThat(output.isEmpty()).isTrue();
            return error;
        }
    }

    private void assertDocumented(final Topic<?> topic, final TestRecord<String, String> record) {
        assertThat(document.keyViolations(topic.name(), record.key())).isEmpty();
        final JsonNode value = json(record.value());
        assertThat(document.valueViolations(topic.name(), value)).as(record.value()).isEmpty();
        assertThat(value.get("payload").asText()).isEqualTo("{this is not JSON");
    }
}
