package io.newsreel.app.subscribe;

import io.newsreel.contract.event.PersonTagged;
import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.topic.Topic;
import io.newsreel.contract.topic.Topics;
import java.util.Optional;
import java.util.function.Function;

/**
 * What {@code newsreel subscribe} follows: a topic, the one key of it to keep (every key when empty), and how a
 * value reads as a line.
 *
 * @param topic the topic
 * @param key the record key to keep, or empty for every record
 * @param line a value as one readable line
 * @param <V> value type
 */
public record Followed<V>(Topic<V> topic, Optional<String> key, Function<V, String> line) {

    /** Articles tagged with one show, from {@code show-tags} keyed by show id. */
    public static Followed<ShowTagged> show(final String showId) {
        return new Followed<>(Topics.SHOW_TAGS, Optional.of(showId), EventLines::of);
    }

    /** Articles naming one person, from {@code person-tags} keyed by person id. */
    public static Followed<PersonTagged> person(final String personId) {
        return new Followed<>(Topics.PERSON_TAGS, Optional.of(personId), EventLines::of);
    }

    /** Every release fact drawn from an article, from {@code release-events}. */
    public static Followed<ReleaseEvent> releases() {
        return new Followed<>(Topics.RELEASE_EVENTS, Optional.empty(), EventLines::of);
    }

    /** Whether a record with this key is one to show. */
    public boolean keeps(final String recordKey) {
        return key.map(wanted -> wanted.equals(recordKey)).orElse(true);
    }
}
