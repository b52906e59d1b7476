package io.newsreel.ingest.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.FeedSubscription;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DueFeedsTest {

    private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");

    @Test
    void shouldOfferTheMostOverdueFeedsFirstWhateverTheSubscriptionOrder() {
        // Given
        final Map<String, FeedState> states = new HashMap<>(Map.of(
                "https://a.example/feed", FeedState.dueAt(NOW.minusSeconds(5)),
                "https://b.example/feed", FeedState.dueAt(NOW.minusSeconds(300)),
                "https://c.example/feed", FeedState.dueAt(NOW.plusSeconds(60)),
                "https://d.example/feed", FeedState.dueAt(NOW.minusSeconds(60))));

        // When
        final List<FeedSubscription> due = DueFeeds.inPollOrder(subscriptions("https://a.example/feed",
                "https://b.example/feed", "https://c.example/feed", "https://d.example/feed"), states, Set.of(), NOW);

        // Then
        assertThat(due).extracting(FeedSubscription::url).containsExactly("https://b.example/feed",
                "https://d.example/feed", "https://a.example/feed");
    }

    @Test
    void shouldLeaveOutFeedsBeingPolledAndMakeNewFeedsDueNow() {
        // Given
        final Map<String, FeedState> states = new HashMap<>(Map.of(
                "https://a.example/feed", FeedState.dueAt(NOW.minusSeconds(300))));

        // When
        final List<FeedSubscription> due = DueFeeds.inPollOrder(subscriptions("https://a.example/feed",
                "https://new.example/feed"), states, Set.of("https://a.example/feed"), NOW);

        // Then
        assertThat(due).extracting(FeedSubscription::url).containsExactly("https://new.example/feed");
        assertThat(states.get("https://new.example/feed").nextPoll()).isEqualTo(NOW);
    }

    private static List<FeedSubscription> subscriptions(final String... urls) {
        return Arrays.stream(urls).map(url -> new FeedSubscription(url, null, Duration.ofMinutes(15), true,
                NOW.minusSeconds(3_600), null, null)).toList();
    }
}
