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
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

class TaggingMetricsTest {

    private static final Instant NOW = Instant.parse("2023-11-28T03:00:00Z");

    @Test
    void shouldCountTaggedArticlesAndTheirTagsByKindAndTimeTagging() {
        // Given
        final SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (TopologyTestDriver driver = ProcessorDrivers.start("tagging-metrics-test", new TaggingMetrics(registry))) {
            final TestInputTopic<String, CatalogEntry> catalog = ProcessorDrivers.input(driver, Topics.CATALOG);
            final TestInputTopic<String, Article> raw = ProcessorDrivers.input(driver, Topics.RAW_ARTICLES);
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
