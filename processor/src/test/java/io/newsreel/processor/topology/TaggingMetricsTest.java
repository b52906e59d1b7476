package io.newsreel.processor.topology;

import static io.newsreel.processor.fixtures.Fixtures.KEUM_SAE_ROK;
import static io.newsreel.processor.fixtures.Fixtures.MOVING;
import static io.newsreel.processor.fixtures.Fixtures.SOUNDTRACK_2;
import static io.newsreel.processor.fixtures.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.topic.Topics;
import io.newsreel.processor.catalog.LiveCatalog;
import io.newsreel.streams.ErrorRouting;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

class TaggingMetricsTest {

    private static final Instant NOW = Instant.parse("2023-11-28T03:00:00Z");

    @Test
    void shouldCountTaggedArticlesAndTheirTagsByKindAndTimeTagging() {
        // Given
        final SimpleMeterRegistry registry = new SimpleMeterRegistry();
        final Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "tagging-metrics-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        ErrorRouting.configure(properties, "processor", Topics.PROCESSOR_ERRORS);
        try (TopologyTestDriver driver = new TopologyTestDriver(ProcessorTopology.build(
                new LiveCatalog("test", Duration.ZERO, Clock.systemUTC()), new TaggingMetrics(registry), properties),
                properties)) {
            final TestInputTopic<String, CatalogEntry> catalog = driver.createInputTopic(Topics.CATALOG.name(),
                    Topics.CATALOG.keySerde().serializer(), Topics.CATALOG.valueSerde().serializer());
            final TestInputTopic<String, Article> raw = driver.createInputTopic(Topics.RAW_ARTICLES.name(),
                    Topics.RAW_ARTICLES.keySerde().serializer(), Topics.RAW_ARTICLES.valueSerde().serializer());
            List.of(SOUNDTRACK_2, MOVING, KEUM_SAE_ROK).forEach(entry -> catalog.pipeInput(entry.key(), entry, NOW));

            // When
            raw.pipeInput("a1", article("a1", "Soundtrack #2 first look",
                    "Keum Sae-rok leads the cast; the director also made Moving."), NOW);
            raw.pipeInput("a2", article("a2", "Weather", "Rain all week."), NOW);
        }

        // Then
        assertThat(registry.counter("newsreel.processor.articles.tagged").count()).isEqualTo(2);
        assertThat(registry.counter("newsreel.processor.tags", "kind", "show").count()).isEqualTo(2);
        assertThat(registry.counter("newsreel.processor.tags", "kind", "person").count()).isEqualTo(1);
        assertThat(registry.counter("newsreel.processor.tags", "kind", "character").count()).isZero();
        assertThat(registry.timer("newsreel.processor.tagging.duration").count()).isEqualTo(2);
    }
}
