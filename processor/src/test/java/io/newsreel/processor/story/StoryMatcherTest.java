package io.newsreel.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryMatcherTest {

    private static final Instant DAY_ONE = Instant.parse("2023-11-29T06:00:00Z");
    private static final String PRESS = "PRESS_CONFERENCE 2023-11-29";
    private static final StoryHead STORY = StoryHead.of("story-a",
            signals("a", DAY_ONE, 0L, Set.of(PRESS), Set.of("keum-sae-rok", "noh-sang-hyun")));

    @Test
    void shouldJoinAnotherOutletsReportOfTheSameEvent() {
        final StorySignals other = signals("b", DAY_ONE.plus(Duration.ofHours(5)), -1L, Set.of(PRESS),
                Set.of("noh-sang-hyun"));

        assertThat(StoryMatcher.match(List.of(STORY), other)).hasValueSatisfying(match -> {
            assertThat(match.story().storyId()).isEqualTo("story-a");
            assertThat(match.event()).isEqualTo(PRESS);
            assertThat(match.copyOf()).isNull();
        });
    }

    @Test
    void shouldJoinACopyAsACopyEvenWithoutAnEvent() {
        final StorySignals copy = signals("c", DAY_ONE.plus(Duration.ofDays(3)), 0b111L, Set.of(), Set.of());

        assertThat(StoryMatcher.match(List.of(STORY), copy))
                .hasValueSatisfying(match -> assertThat(match.copyOf()).isEqualTo("a"));
    }

    @Test
    void shouldNotJoinTheSameEventReportedOutsideTheWindow() {
        final StorySignals late = signals("d", DAY_ONE.plus(Duration.ofDays(4)), -1L, Set.of(PRESS),
                Set.of("noh-sang-hyun"));

        assertThat(StoryMatcher.match(List.of(STORY), late)).isEmpty();
    }

    @Test
    void shouldNotJoinAnArticleAboutOtherPeopleOrAnotherEvent() {
        final StorySignals strangers = signals("e", DAY_ONE, -1L, Set.of(PRESS), Set.of("kim-soo-hyun"));
        final StorySignals review = signals("f", DAY_ONE, -1L, Set.of(), Set.of("keum-sae-rok"));

        assertThat(StoryMatcher.match(List.of(STORY), strangers)).isEmpty();
        assertThat(StoryMatcher.match(List.of(STORY), review)).isEmpty();
    }

    @Test
    void shouldJoinNothingToAFullStory() {
        final StoryHead full = new StoryHead("story-a", PRESS, DAY_ONE, StoryHead.MAX_ARTICLES, STORY.members());
        final StorySignals copy = signals("c", DAY_ONE.plus(Duration.ofHours(1)), 0L, Set.of(PRESS),
                Set.of("noh-sang-hyun"));

        assertThat(StoryMatcher.match(List.of(STORY), copy)).isPresent();
        assertThat(StoryMatcher.match(List.of(full), copy)).isEmpty();
    }

    private static StorySignals signals(final String id, final Instant published, final long simHash,
                                        final Set<String> events, final Set<String> persons) {
        return new StorySignals(id, published, simHash, events, persons);
    }
}
