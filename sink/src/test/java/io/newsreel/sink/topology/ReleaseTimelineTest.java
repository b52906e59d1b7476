package io.newsreel.sink.topology;

import static io.newsreel.sink.fixtures.ReleaseFixtures.SHOW;
import static io.newsreel.sink.fixtures.ReleaseFixtures.article;
import static io.newsreel.sink.fixtures.ReleaseFixtures.fact;
import static io.newsreel.sink.fixtures.ReleaseFixtures.retraction;
import static io.newsreel.sink.fixtures.ReleaseFixtures.schedule;
import static io.newsreel.sink.fixtures.ReleaseFixtures.windowFact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsreel.contract.event.DateWindow;
import io.newsreel.contract.event.EntryKind;
import io.newsreel.contract.event.ReleaseSource;
import io.newsreel.contract.event.ReleaseType;
import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.contract.topic.Topics;
import io.newsreel.sink.fixtures.SinkDrivers;
import io.newsreel.sink.fixtures.StoreContents;
import io.newsreel.sink.release.ReleaseSlot;
import io.newsreel.sink.timeline.ShowSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReleaseTimelineTest {

    private static final LocalDate DEC_6 = LocalDate.of(2023, 12, 6);
    private static final LocalDate DEC_13 = LocalDate.of(2023, 12, 13);
    private static final LocalDate DEC_20 = LocalDate.of(2023, 12, 20);
    private static final Instant NOV_20 = Instant.parse("2023-11-20T01:00:00Z");
    private static final Instant NOV_21 = Instant.parse("2023-11-21T01:00:00Z");
    private static final Instant NOV_22 = Instant.parse("2023-11-22T01:00:00Z");

    private TopologyTestDriver driver;
    private TestInputTopic<String, ShowTagged> showTags;
    private TestOutputTopic<String, TimelineEntry> timelines;

    @BeforeEach
    void startDriver() {
        driver = SinkDrivers.start("sink-release-test");
        showTags = SinkDrivers.input(driver, Topics.SHOW_TAGS);
        timelines = SinkDrivers.output(driver, Topics.TIMELINES);
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldMergeOneFactReportedByFiveOutletsIntoOneEntryWithFiveSources() {
        for (final String outlet : List.of("alpha", "bravo", "charlie", "delta", "echo")) {
            pipe(article(outlet, outlet + "-1", 1, NOV_20, fact(ReleaseType.PREMIERE, DEC_6, 0.5)));
        }

        final List<TimelineEntry> releases = releaseEntries();
        assertThat(releases).singleElement().satisfies(entry -> {
            assertThat(entry.entryId()).isEqualTo("release:s2:premiere:2023-12-06");
            assertThat(entry.at()).isEqualTo(Instant.parse("2023-12-05T15:00:00Z"));
            assertThat(entry.release().sources()).extracting(ReleaseSource::articleId)
                    .containsExactlyInAnyOrder("alpha-1", "bravo-1", "charlie-1", "delta-1", "echo-1");
            assertThat(entry.release().conflict()).isFalse();
            assertThat(entry.release().platform()).isEqualTo("Disney+");
            assertThat(entry.release().confidence()).isEqualTo(0.969);
        });
        assertThat(summary().releaseCount()).isEqualTo(1);
        assertThat(summary().articleCount()).isEqualTo(5);
    }

    @Test
    void shouldCountOneOutletOnceHoweverOftenItRepeatsAFact() {
        pipe(article("alpha", "a-1", 1, NOV_20, fact(ReleaseType.PREMIERE, DEC_6, 0.5)));
        pipe(article("alpha", "a-2", 1, NOV_21, fact(ReleaseType.PREMIERE, DEC_6, 0.6)));

        assertThat(releaseEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.release().sources()).hasSize(2);
            assertThat(entry.release().confidence()).isEqualTo(0.6);
        });
    }

    @Test
    void shouldKeepConflictingPremiereDatesSideBySideFlagged() {
        pipe(article("alpha", "a-1", 1, NOV_20, fact(ReleaseType.PREMIERE, DEC_6, 0.8)));
        pipe(article("bravo", "b-1", 1, NOV_21, fact(ReleaseType.PREMIERE, DEC_13, 0.6)));

        assertThat(releaseEntries()).extracting(TimelineEntry::entryId).containsExactly(
                "release:s2:premiere:2023-12-06", "release:s2:premiere:2023-12-13");
        assertThat(releaseEntries()).allSatisfy(entry -> assertThat(entry.release().conflict()).isTrue());
    }

    @Test
    void shouldNotCallTwoFactsThatHappenManyTimesAConflict() {
        pipe(article("alpha", "a-1", 1, NOV_20, fact(ReleaseType.CASTING, DEC_6, 0.8)));
        pipe(article("bravo", "b-1", 1, NOV_21, fact(ReleaseType.CASTING, DEC_13, 0.6)));

        assertThat(releaseEntries()).hasSize(2)
                .allSatisfy(entry -> assertThat(entry.release().conflict()).isFalse());
    }

    @Test
    void shouldLetAWindowJoinTheReportedDayInsideIt() {
        pipe(article("alpha", "a-1", 1, NOV_20,
                windowFact(ReleaseType.PREMIERE, new DateWindow(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31)))));
        assertThat(releaseEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.release().dateWindow()).isNotNull());

        pipe(article("bravo", "b-1", 1, NOV_21, fact(ReleaseType.PREMIERE, DEC_6, 0.8)));

        assertThat(releaseEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.release().date()).isEqualTo(DEC_6);
            assertThat(entry.release().conflict()).isFalse();
            assertThat(entry.release().sources()).extracting(ReleaseSource::articleId).containsExactly("a-1", "b-1");
        });
        assertThat(timelines.readKeyValuesToList()).extracting(record -> record.key, record -> record.value == null)
                .contains(tuple(
                        SHOW + "/release:s2:premiere:2023-12-01..2023-12-31", true));
    }

    @Test
    void shouldDrawAnEpisodeCalendarFromAStatedSchedule() {
        pipe(article("alpha", "a-1", 1, NOV_20,
                schedule(DEC_6, List.of(DEC_6, DEC_6, DEC_13, DEC_13, DEC_20, DEC_20))));

        final List<TimelineEntry> episodes = timeline().stream()
                .filter(entry -> entry.kind() == EntryKind.EPISODE).toList();
        assertThat(episodes).extracting(entry -> entry.release().date()).containsExactly(DEC_6, DEC_13, DEC_20);
        assertThat(episodes).extracting(entry -> entry.release().firstEpisode() + "-" + entry.release().lastEpisode())
                .containsExactly("1-2", "3-4", "5-6");
        assertThat(episodes).allSatisfy(entry -> {
            assertThat(entry.release().episodes()).isEqualTo(6);
            assertThat(entry.release().cadence()).isEqualTo("two episodes every Wednesday");
        });
    }

    @Test
    void shouldReplaceTheFactsOfAnArticleWithThoseOfItsNewRevision() {
        pipe(article("alpha", "a-1", 1, NOV_20, fact(ReleaseType.PREMIERE, DEC_6, 0.8)));
        pipe(article("bravo", "b-1", 1, NOV_21, fact(ReleaseType.PREMIERE, DEC_13, 0.6)));
        timelines.readKeyValuesToList();

        pipe(article("bravo", "b-1", 2, NOV_21, fact(ReleaseType.PREMIERE, DEC_6, 0.9)));

        assertThat(releaseEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.release().date()).isEqualTo(DEC_6);
            assertThat(entry.release().conflict()).isFalse();
            assertThat(entry.release().sources()).extracting(ReleaseSource::articleId).containsExactly("a-1", "b-1");
        });
        assertThat(summary().releaseCount()).isEqualTo(1);
        final List<KeyValue<String, TimelineEntry>> changes = timelines.readKeyValuesToList();
        assertThat(changes).filteredOn(change -> change.value == null).extracting(change -> change.key)
                .containsExactly(SHOW + "/release:s2:premiere:2023-12-13");
    }

    @Test
    void shouldRetractAnArticleAndItsFactsWhenARetagTakesTheShowAway() {
        pipe(article("alpha", "a-1", 1, NOV_20, fact(ReleaseType.PREMIERE, DEC_6, 0.8)));
        pipe(article("bravo", "b-1", 1, NOV_21, fact(ReleaseType.PREMIERE, DEC_13, 0.6)));
        timelines.readKeyValuesToList();

        pipe(retraction("bravo", "b-1", 1, NOV_21));

        assertThat(timeline()).extracting(TimelineEntry::entryId)
                .containsExactly("article:a-1", "release:s2:premiere:2023-12-06");
        assertThat(releaseEntries().get(0).release().conflict()).isFalse();
        assertThat(summary().articleCount()).isEqualTo(1);
        assertThat(summary().releaseCount()).isEqualTo(1);
        assertThat(timelines.readKeyValuesToList()).filteredOn(change -> change.value == null)
                .extracting(change -> change.key).containsExactlyInAnyOrder(SHOW + "/article:b-1",
                        SHOW + "/release:s2:premiere:2023-12-13");
    }

    @Test
    void shouldIgnoreAnOlderRevisionOfAnArticle() {
        pipe(article("alpha", "a-1", 2, NOV_20, fact(ReleaseType.PREMIERE, DEC_13, 0.8)));
        timelines.readKeyValuesToList();

        pipe(article("alpha", "a-1", 1, NOV_20, fact(ReleaseType.PREMIERE, DEC_6, 0.8)));

        assertThat(releaseEntries()).extracting(entry -> entry.release().date()).containsExactly(DEC_13);
        assertThat(timelines.isEmpty()).isTrue();
    }

    @Test
    void shouldKeepTheNewestReportsOfAFactReportedByMoreArticlesThanASlotKeeps() {
        // Given more articles reporting one premiere than a slot keeps, arriving out of order
        final int articles = ReleaseSlot.MAX_REPORTS + 30;
        final List<Integer> arrival = new ArrayList<>(IntStream.range(0, articles).boxed().toList());
        Collections.shuffle(arrival, new Random(11));

        // When
        arrival.forEach(i -> pipe(article("outlet" + i % 7, "a-" + i, 1, NOV_20.plusSeconds(60L * i),
                fact(ReleaseType.PREMIERE, DEC_6, 0.5))));

        // Then
        assertThat(releaseEntries()).singleElement().satisfies(entry -> assertThat(entry.release().sources())
                .extracting(ReleaseSource::articleId).containsExactlyInAnyOrderElementsOf(
                        IntStream.range(30, articles).mapToObj(i -> "a-" + i).toList()));
        assertThat(summary().articleCount()).isEqualTo(articles);
        assertThat(summary().releaseCount()).isEqualTo(1);
    }

    @Test
    void shouldGiveTheIdenticalTimelineOnReplayAndOnReprocessingInAnyOrder() {
        final List<ShowTagged> input = List.of(
                article("alpha", "a-1", 1, NOV_20, fact(ReleaseType.PREMIERE, DEC_6, 0.8),
                        schedule(DEC_6, List.of(DEC_6, DEC_6, DEC_13, DEC_13))),
                article("bravo", "b-1", 1, NOV_21, fact(ReleaseType.PREMIERE, DEC_13, 0.6)),
                article("charlie", "c-1", 1, NOV_22, fact(ReleaseType.FINALE, DEC_13, 0.7),
                        windowFact(ReleaseType.PREMIERE, new DateWindow(DEC_6, DEC_20))),
                article("bravo", "b-1", 2, NOV_22, fact(ReleaseType.PREMIERE, DEC_6, 0.6)));
        input.forEach(this::pipe);
        final List<TimelineEntry> first = timeline();
        final ShowSummary firstSummary = summary();
        timelines.readKeyValuesToList();

        input.forEach(this::pipe);

        assertThat(timeline()).isEqualTo(first);
        assertThat(summary()).isEqualTo(firstSummary);
        assertThat(timelines.isEmpty()).isTrue();

        final List<ShowTagged> shuffled = new ArrayList<>(input);
        Collections.shuffle(shuffled, new Random(7));
        try (TopologyTestDriver other = SinkDrivers.start("sink-release-reprocessing-test")) {
            final TestInputTopic<String, ShowTagged> otherInput = SinkDrivers.input(other, Topics.SHOW_TAGS);
            shuffled.forEach(tagged -> otherInput.pipeInput(SHOW, tagged));
            assertThat(timeline(other)).isEqualTo(first);
        }
    }

    private void pipe(final ShowTagged tagged) {
        showTags.pipeInput(SHOW, tagged);
    }

    private List<TimelineEntry> releaseEntries() {
        return timeline().stream().filter(entry -> entry.kind() == EntryKind.RELEASE).toList();
    }

    private List<TimelineEntry> timeline() {
        return timeline(driver);
    }

    private static List<TimelineEntry> timeline(final TopologyTestDriver driver) {
        return StoreContents.ofOwner(driver, SinkTopology.TIMELINE_STORE, SHOW);
    }

    private ShowSummary summary() {
        return driver.<String, ShowSummary>getKeyValueStore(SinkTopology.SHOW_STORE).get(SHOW);
    }
}
