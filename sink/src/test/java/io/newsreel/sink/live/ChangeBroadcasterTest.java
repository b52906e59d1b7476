package io.newsreel.sink.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.EntryKind;
import io.newsreel.contract.event.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ChangeBroadcasterTest {

    private static final Duration NO_WAIT = Duration.ZERO;

    @Test
    void shouldHandEachSubscriberTheChangesOfItsShow() throws Exception {
        try (ChangeBroadcaster broadcaster = new ChangeBroadcaster(10);
             Subscription all = broadcaster.subscribe(null);
             Subscription moving = broadcaster.subscribe("moving")) {
            broadcaster.accept(change("soundtrack-2", "a"));
            broadcaster.accept(change("moving", "b"));

            assertThat(all.next(NO_WAIT)).map(TimelineChange::entryId).hasValue("a");
            assertThat(all.next(NO_WAIT)).map(TimelineChange::entryId).hasValue("b");
            assertThat(moving.next(NO_WAIT)).map(TimelineChange::entryId).hasValue("b");
            assertThat(moving.next(NO_WAIT)).isEmpty();
        }
    }

    @Test
    void shouldCutOffASubscriberThatFallsBehindWithoutHoldingUpTheOthers() throws Exception {
        try (ChangeBroadcaster broadcaster = new ChangeBroadcaster(3);
             Subscription slow = broadcaster.subscribe(null);
             Subscription keepingUp = broadcaster.subscribe(null)) {
            for (int i = 0; i < 10; i++) {
                broadcaster.accept(change("moving", "entry-" + i));
                assertThat(keepingUp.next(NO_WAIT)).map(TimelineChange::entryId).hasValue("entry-" + i);
            }

            assertThat(slow.isOpen()).isFalse();
            assertThat(slow.next(NO_WAIT)).isEmpty();
            assertThat(keepingUp.isOpen()).isTrue();
        }
    }

    @Test
    void shouldWakeAWaitingSubscriberWhenClosed() throws Exception {
        final ChangeBroadcaster broadcaster = new ChangeBroadcaster(10);
        final Subscription subscription = broadcaster.subscribe(null);
        final Thread closer = new Thread(broadcaster::close);

        closer.start();
        final Optional<TimelineChange> next = subscription.next(Duration.ofMinutes(1));
        closer.join();

        assertThat(next).isEmpty();
        assertThat(subscription.isOpen()).isFalse();
        assertThat(broadcaster.subscribe(null).isOpen()).isFalse();
    }

    @Test
    void shouldReadAShowAndEntryIdFromATombstoneKey() {
        final TimelineChange removed = TimelineChange.of("soundtrack-2/article:https://desk.example/a", null);

        assertThat(removed.removed()).isTrue();
        assertThat(removed.showId()).isEqualTo("soundtrack-2");
        assertThat(removed.entryId()).isEqualTo("article:https://desk.example/a");
    }

    private static TimelineChange change(final String showId, final String entryId) {
        return TimelineChange.of(showId + "/" + entryId, new TimelineEntry(showId, entryId, EntryKind.RELEASE,
                Instant.parse("2023-12-06T00:00:00Z"), null, null, null));
    }
}
