package io.newsreel.sink.topology;

import static io.newsreel.sink.fixtures.SinkFixtures.showTagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.contract.topic.Topics;
import io.newsreel.sink.fixtures.SinkDrivers;
import io.newsreel.sink.store.TimelineQueries;
import io.newsreel.sink.store.TimelineRange;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SinkTopologyTest {

    private static final Instant DEC_1 = Instant.parse("2023-12-01T00:00:00Z");
    private static final Instant DEC_6 = Instant.parse("2023-12-06T00:00:00Z");
    private static final Instant NOV_20 = Instant.parse("2023-11-20T00:00:00Z");

    private TopologyTestDriver driver;
    private TestInputTopic<String, ShowTagged> showTags;
    private TestOutputTopic<String, TimelineEntry> timelines;
    private TimelineQueries queries;

    @BeforeEach
    void startDriver() {
        driver = SinkDrivers.start("sink-test");
        showTags = SinkDrivers.input(driver, Topics.SHOW_TAGS);
        timelines = SinkDrivers.output(driver, Topics.TIMELINES);
        queries = new TimelineQueries(driver::getKeyValueStore);
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldListAShowsArticlesInPublicationOrder() {
        pipe(showTagged("soundtrack-2", "late", 1, "Premiere", DEC_6));
        pipe(showTagged("soundtrack-2", "early", 1, "First look", NOV_20));
        pipe(showTagged("moving", "other", 1, "Other show", DEC_1));

        assertThat(timeline()).extracting(entry -> entry.article().id())
                .containsExactly("early", "late");
        assertThat(queries.show("soundtrack-2")).hasValueSatisfying(show -> {
            assertThat(show.articleCount()).isEqualTo(2);
            assertThat(show.lastUpdate()).isEqualTo(DEC_6);
        });
        assertThat(timelines.readKeyValuesToList()).extracting(record -> record.key).containsExactly(
                "soundtrack-2/article:late", "soundtrack-2/article:early", "moving/article:other");
    }

    @Test
    void shouldGiveTheIdenticalTimelineWhenInputIsReplayed() {
        final List<ShowTagged> input = List.of(showTagged("soundtrack-2", "a", 1, "A", NOV_20),
                showTagged("soundtrack-2", "b", 1, "B", DEC_1));
        input.forEach(this::pipe);
        final List<TimelineEntry> first = timeline();
        timelines.readKeyValuesToList();

        input.forEach(this::pipe);

        assertThat(timeline()).isEqualTo(first);
        assertThat(queries.show("soundtrack-2").orElseThrow().articleCount()).isEqualTo(2);
        assertThat(timelines.isEmpty()).isTrue();
    }

    @Test
    void shouldReplaceAnEntryWithANewerRevisionAndIgnoreAnOlderOne() {
        pipe(showTagged("soundtrack-2", "a", 1, "Date rumoured", NOV_20));
        pipe(showTagged("soundtrack-2", "a", 2, "Date confirmed", DEC_1));
        pipe(showTagged("soundtrack-2", "a", 1, "Date rumoured", NOV_20));

        assertThat(timeline()).singleElement().satisfies(entry -> {
            assertThat(entry.article().title()).isEqualTo("Date confirmed");
            assertThat(entry.at()).isEqualTo(DEC_1);
        });
        assertThat(queries.show("soundtrack-2").orElseThrow().articleCount()).isEqualTo(1);
    }

    private List<TimelineEntry> timeline() {
        return queries.page(TimelineRange.whole("soundtrack-2"), entry -> true, Integer.MAX_VALUE).entries();
    }

    private void pipe(final ShowTagged tagged) {
        showTags.pipeInput(tagged.show().id(), tagged);
    }
}
