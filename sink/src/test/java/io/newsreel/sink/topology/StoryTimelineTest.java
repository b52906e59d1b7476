package io.newsreel.sink.topology;

import static io.newsreel.sink.fixtures.ReleaseFixtures.SHOW;
import static io.newsreel.sink.fixtures.ReleaseFixtures.SHOW_TAG;
import static io.newsreel.sink.fixtures.ReleaseFixtures.retraction;
import static io.newsreel.sink.fixtures.ReleaseFixtures.tagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.event.TimelineArticle;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.contract.topic.Topics;
import io.newsreel.sink.fixtures.SinkDrivers;
import io.newsreel.sink.fixtures.StoreContents;
import io.newsreel.sink.timeline.ShowSummary;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StoryTimelineTest {

    private static final Instant MORNING = Instant.parse("2023-11-29T06:00:00Z");

    private TopologyTestDriver driver;
    private TestInputTopic<String, ShowTagged> showTags;

    @BeforeEach
    void startDriver() {
        driver = SinkDrivers.start("sink-story-test");
        showTags = SinkDrivers.input(driver, Topics.SHOW_TAGS);
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldShowOneEntryPerStoryWithAllItsArticles() {
        pipe("charlie", "pc-charlie", 1, 5, "story-pc-alpha");
        pipe("alpha", "pc-alpha", 1, 0, "story-pc-alpha");
        pipe("bravo", "pc-bravo", 1, 2, "story-pc-alpha");
        pipe("delta", "pc-delta-copy", 1, 7, "story-pc-alpha");
        pipe("bravo", "review", 1, 24, "story-review");

        final List<TimelineEntry> timeline = timeline();
        assertThat(timeline).extracting(TimelineEntry::entryId)
                .containsExactly("story:story-pc-alpha", "story:story-review");
        final TimelineEntry story = timeline.get(0);
        assertThat(story.at()).isEqualTo(MORNING);
        assertThat(story.article().id()).isEqualTo("pc-alpha");
        assertThat(story.coverage()).extracting(TimelineArticle::id)
                .containsExactly("pc-alpha", "pc-bravo", "pc-charlie", "pc-delta-copy");
        assertThat(timeline.get(1).coverage()).isEmpty();
        assertThat(summary().articleCount()).isEqualTo(5);
    }

    @Test
    void shouldUpdateAMemberInPlaceAndDropItWhenRetracted() {
        pipe("alpha", "pc-alpha", 1, 0, "story-pc-alpha");
        pipe("bravo", "pc-bravo", 1, 2, "story-pc-alpha");
        pipe("bravo", "pc-bravo", 2, 2, "story-pc-alpha");
        pipe("bravo", "pc-bravo", 1, 2, "story-pc-alpha");

        assertThat(timeline()).singleElement().satisfies(entry -> assertThat(entry.coverage())
                .extracting(TimelineArticle::revision).containsExactly(1, 2));

        showTags.pipeInput(SHOW, retraction("bravo", "pc-bravo", 3, MORNING.plusSeconds(7200)));

        assertThat(timeline()).singleElement().satisfies(entry -> {
            assertThat(entry.article().id()).isEqualTo("pc-alpha");
            assertThat(entry.coverage()).isEmpty();
        });
        assertThat(summary().articleCount()).isEqualTo(1);
    }

    private void pipe(final String outlet, final String id, final int revision, final int hoursAfterMorning,
                      final String storyId) {
        final TaggedArticle article = tagged(outlet, id, revision, MORNING.plusSeconds(hoursAfterMorning * 3600L),
                List.of()).inStory(storyId);
        showTags.pipeInput(SHOW, new ShowTagged(SHOW_TAG, article));
    }

    private List<TimelineEntry> timeline() {
        return StoreContents.ofOwner(driver, SinkTopology.TIMELINE_STORE, SHOW);
    }

    private ShowSummary summary() {
        return driver.<String, ShowSummary>getKeyValueStore(SinkTopology.SHOW_STORE).get(SHOW);
    }
}
