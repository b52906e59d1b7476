package io.newsreel.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.serde.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StoryHeadTest {

    private static final Instant DAY_ONE = Instant.parse("2023-11-29T06:00:00Z");
    private static final Set<String> CAST = Set.of("keum-sae-rok", "noh-sang-hyun", "sohn-jeong-hyuk",
            "kim-hee-won", "choi-jung-gyu");

    @Test
    void shouldKeepTheSignalsOfItsNewestMembersAndWhenItBegan() {
        StoryHead story = StoryHead.of("story-0", member(0, DAY_ONE));
        for (int i = 1; i < 25; i++) {
            story = story.joinedBy(member(i, DAY_ONE.plus(Duration.ofHours(i))), "PREMIERE 2023-12-06");
        }

        assertThat(story.members()).extracting(StorySignals::articleId)
                .containsExactlyElementsOf(IntStream.range(15, 25).mapToObj(StoryHeadTest::articleId).toList());
        assertThat(story.firstPublished()).isEqualTo(DAY_ONE);
        assertThat(story.lastPublished()).isEqualTo(DAY_ONE.plus(Duration.ofHours(24)));
        assertThat(story.event()).isEqualTo("PREMIERE 2023-12-06");
        assertThat(story.articles()).isEqualTo(25);
    }

    @Test
    void shouldTakeBackTheSignalsOfARevisedMemberWithoutCountingItAgain() {
        StoryHead story = StoryHead.of("story-0", member(0, DAY_ONE));
        for (int i = 1; i < 25; i++) {
            story = story.joinedBy(member(i, DAY_ONE.plus(Duration.ofHours(i))), null);
        }

        final StoryHead revised = story.revisedBy(member(3, DAY_ONE.plus(Duration.ofHours(3))));

        assertThat(revised.articles()).isEqualTo(25);
        assertThat(revised.members()).hasSize(StoryHead.MAX_MEMBERS).last()
                .extracting(StorySignals::articleId).isEqualTo(articleId(3));
    }

    @Test
    void shouldBeFullAtTheMostArticlesAStoryHolds() {
        StoryHead story = StoryHead.of("story-0", member(0, DAY_ONE));
        for (int i = 1; i < StoryHead.MAX_ARTICLES; i++) {
            assertThat(story.full()).isFalse();
            story = story.joinedBy(member(i, DAY_ONE.plus(Duration.ofMinutes(i))), null);
        }

        assertThat(story.full()).isTrue();
    }

    @Test
    void shouldKeepAShowsIndexFarBelowKafkasRecordLimitHoweverManyArticlesItHasInAWeek() throws Exception {
        // Given five thousand articles of one show in a week, in 100 stories
        StoryIndex index = StoryIndex.empty();
        for (int i = 0; i < 5_000; i++) {
            final StorySignals article = member(i, DAY_ONE.plus(Duration.ofMinutes(2L * i)));
            final String storyId = "story-" + i % 100;
            final StoryHead story = index.stories().stream().filter(head -> head.storyId().equals(storyId))
                    .findFirst().map(head -> head.joinedBy(article, null))
                    .orElseGet(() -> StoryHead.of(storyId, article));

            // When
            index = index.with(story);
        }

        // Then
        assertThat(index.stories()).hasSize(100);
        assertThat(Json.MAPPER.writeValueAsBytes(index).length).isLessThan(512 * 1024);
    }

    @Test
    void shouldReadAHeadStoredBeforeItsStartAndSizeWereKept() throws Exception {
        final String stored = "{\"storyId\":\"story-a\",\"event\":null,\"members\":["
                + Json.MAPPER.writeValueAsString(member(2, DAY_ONE.plus(Duration.ofHours(2)))) + ","
                + Json.MAPPER.writeValueAsString(member(1, DAY_ONE)) + "]}";

        final StoryHead head = Json.MAPPER.readValue(stored, StoryHead.class);

        assertThat(head.firstPublished()).isEqualTo(DAY_ONE);
        assertThat(head.articles()).isEqualTo(2);
    }

    private static StorySignals member(final int number, final Instant published) {
        return new StorySignals(articleId(number), published, 0x5DEECE66DL * number, Set.of("PREMIERE 2023-12-06"),
                CAST);
    }

    private static String articleId(final int number) {
        return String.format("%032x", number * 0x9E3779B97F4A7C15L);
    }
}
