package io.newsreel.app.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.event.EntryKind;
import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.event.TimelineArticle;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.contract.topic.Topic;
import io.newsreel.contract.topic.Topics;
import io.newsreel.processor.catalog.CatalogSeed;
import io.newsreel.processor.catalog.LiveCatalog;
import io.newsreel.processor.topology.ProcessorTopology;
import io.newsreel.processor.topology.TaggingMetrics;
import io.newsreel.sink.timeline.TimeOrderedKeys;
import io.newsreel.sink.topology.SinkTopology;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Four outlets report one press conference (three written independently, one a syndicated copy of another with a
 * new headline) and a fifth article is about the same show but another matter: through the processor's and the
 * sink's topologies, the show's timeline has one story entry with the four articles and one entry of its own.
 */
class StoryTimelineFlowTest {

    private static final String BODY_ALPHA = "The cast of Disney+ series Soundtrack #2 held a press conference on "
            + "November 29 at a hotel in Seoul. Keum Sae-rok said the music in the show felt personal to her. "
            + "Noh Sang-hyun joked that he practised the piano for months. Director Kim Hee-won thanked the crew "
            + "for a short and warm shoot.";

    private TopologyTestDriver processor;
    private TopologyTestDriver sink;

    @BeforeEach
    void startDrivers() {
        processor = new TopologyTestDriver(ProcessorTopology.build(
                new LiveCatalog("test", Duration.ZERO, Clock.systemUTC()),
                new TaggingMetrics(new SimpleMeterRegistry()), properties("flow-processor")),
                properties("flow-processor"));
        sink = new TopologyTestDriver(SinkTopology.build(properties("flow-sink")), properties("flow-sink"));
        final TestInputTopic<String, CatalogEntry> catalog = input(processor, Topics.CATALOG);
        CatalogSeed.load().forEach(entry -> catalog.pipeInput(entry.key(), entry));
    }

    @AfterEach
    void closeDrivers() {
        processor.close();
        sink.close();
    }

    @Test
    void shouldShowOneStoryWithFourSourcesAndTheUnrelatedArticleApart() {
        final TestInputTopic<String, Article> raw = input(processor, Topics.RAW_ARTICLES);
        List.of(
                article("alpha", "pc-alpha", "2023-11-29T06:10:00Z", "Soundtrack #2 cast gathers for press conference",
                        BODY_ALPHA),
                article("bravo", "pc-bravo", "2023-11-29T08:45:00Z",
                        "Keum Sae-rok and Noh Sang-hyun talk love and songs",
                        "At the press conference for Soundtrack #2 on the 29th, actress Keum Sae-rok described her "
                                + "character as someone who hides her feelings in lyrics. Her co-star Noh Sang-hyun "
                                + "said the romance grows slowly."),
                article("charlie", "pc-charlie", "2023-11-29T11:30:00Z",
                        "'Soundtrack #2' stars promise a winter romance",
                        "Stars of Soundtrack #2 met reporters at a press conference on Wednesday, November 29. 'It "
                                + "is a story about timing,' Noh Sang-hyun said. Geum Sae-rok added that she sang "
                                + "some of the songs herself."),
                article("delta", "pc-delta", "2023-11-29T13:00:00Z", "Soundtrack #2 stars meet the press",
                        BODY_ALPHA + " Distributed by Alpha Newswire."),
                article("bravo", "review", "2023-11-30T09:00:00Z", "Why the songs of Soundtrack #2 stay with you",
                        "Soundtrack #2 is a quiet drama about a songwriter and a music producer. Keum Sae-rok "
                                + "carries the quieter scenes well, and Noh Sang-hyun is charming as the producer."))
                .forEach(article -> raw.pipeInput(article.id(), article, article.published()));

        final TestOutputTopic<String, ShowTagged> showTags = output(processor, Topics.SHOW_TAGS);
        final TestInputTopic<String, ShowTagged> sinkInput = input(sink, Topics.SHOW_TAGS);
        showTags.readKeyValuesToList().forEach(record -> sinkInput.pipeInput(record.key, record.value));

        final List<TimelineEntry> articles = timeline("soundtrack-2").stream()
                .filter(entry -> entry.kind() == EntryKind.ARTICLE).toList();
        assertThat(articles).hasSize(2);
        assertThat(articles.get(0).coverage()).extracting(TimelineArticle::id)
                .containsExactly("pc-alpha", "pc-bravo", "pc-charlie", "pc-delta");
        assertThat(articles.get(0).coverage()).extracting(TimelineArticle::feedUrl).doesNotHaveDuplicates();
        assertThat(articles.get(1).article().id()).isEqualTo("review");
        assertThat(articles.get(1).coverage()).isEmpty();
    }

    private List<TimelineEntry> timeline(final String showId) {
        final KeyValueStore<String, TimelineEntry> store = sink.getKeyValueStore(SinkTopology.TIMELINE_STORE);
        final List<TimelineEntry> entries = new ArrayList<>();
        try (KeyValueIterator<String, TimelineEntry> range =
                     store.prefixScan(TimeOrderedKeys.prefix(showId), new StringSerializer())) {
            range.forEachRemaining(entry -> entries.add(entry.value));
        }
        return entries;
    }

    private static Article article(final String outlet, final String id, final String published,
                                   final String title, final String text) {
        final Instant at = Instant.parse(published);
        return new Article(id, 1, "https://" + outlet + ".example/" + id, "https://" + outlet + ".example/feed",
                title, null, at, false, null, text, "en", at);
    }

    private static Properties properties(final String applicationId) {
        final Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        return properties;
    }

    private static <V> TestInputTopic<String, V> input(final TopologyTestDriver driver, final Topic<V> topic) {
        return driver.createInputTopic(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    private static <V> TestOutputTopic<String, V> output(final TopologyTestDriver driver, final Topic<V> topic) {
        return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
    }
}
