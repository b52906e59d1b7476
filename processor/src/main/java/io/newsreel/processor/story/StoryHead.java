package io.newsreel.processor.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A story as story assignment remembers it: its id, the event it was formed on, and the signals of its members.
 *
 * @param storyId the story id
 * @param event the event its members report, or null when they were joined as copies only
 * @param members the members' signals, in the order they joined
 */
public record StoryHead(String storyId, String event, List<StorySignals> members) {

    public StoryHead {
        members = List.copyOf(members);
    }

    public Instant firstPublished() {
        return members.stream().map(StorySignals::published).min(Instant::compareTo).orElseThrow();
    }

    public Instant lastPublished() {
        return members.stream().map(StorySignals::published).max(Instant::compareTo).orElseThrow();
    }

    /** Every event any member reports. */
    public Set<String> events() {
        final Set<String> events = new TreeSet<>();
        members.forEach(member -> events.addAll(member.events()));
        return events;
    }

    /** Every person any member names. */
    public Set<String> persons() {
        final Set<String> persons = new TreeSet<>();
        members.forEach(member -> persons.addAll(member.persons()));
        return persons;
    }

    /** This story with one more member, or with a member's signals replaced by those of its new revision. */
    public StoryHead with(final StorySignals signals, final String joinedOnEvent) {
        final List<StorySignals> updated = new ArrayList<>(members);
        updated.replaceAll(member -> member.articleId().equals(signals.articleId()) ? signals : member);
        if (!updated.contains(signals)) {
            updated.add(signals);
        }
        return new StoryHead(storyId, event != null ? event : joinedOnEvent, updated);
    }
}
