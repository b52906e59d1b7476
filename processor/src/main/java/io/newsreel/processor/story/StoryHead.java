package io.newsreel.processor.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A story as story assignment remembers it: its id, the event it was formed on, when its first article was published,
 * how many articles it holds, and the signals of its newest members.
 *
 * <p>Only the last {@link #MAX_MEMBERS} members to join keep their signals. A show's {@link StoryIndex} (up to 200
 * stories) is one store value: with the signals of every member, about 250 bytes each, a few thousand articles of
 * one show in a week would outgrow the largest record Kafka takes by default, and the processor, unable to store
 * the index, would retry that article for ever. The newest members are the ones later copies and coverage resemble;
 * the first publication is kept apart, since a story takes coverage only within a window from its start.
 *
 * <p>A story holds at most {@link #MAX_ARTICLES} articles: its members are listed whole on the {@code stories} topic
 * and in its timeline entry, both one record each. A full story takes no more: an article that would have joined it
 * joins another story or starts its own.
 *
 * @param storyId the story id
 * @param event the event its members report, or null when they were joined as copies only
 * @param firstPublished when its first article was published; a head stored before this was kept takes its oldest
 *                       member's
 * @param articles how many articles it holds; a head stored before this was kept counts its members
 * @param members the newest members' signals, in the order they joined
 */
public record StoryHead(String storyId, String event, Instant firstPublished, int articles,
                        List<StorySignals> members) {

    /** At 250 bytes or so a member's signals, an index of 200 stories stays near half a megabyte. */
    static final int MAX_MEMBERS = 10;
    /** At about 850 bytes an article in the story's timeline entry, a full story's entry stays under 450 KB. */
    static final int MAX_ARTICLES = 500;

    public StoryHead {
        members = List.copyOf(members);
        if (firstPublished == null) {
            firstPublished = members.stream().map(StorySignals::published).min(Comparator.naturalOrder())
                    .orElseThrow();
        }
        articles = Math.max(articles, members.size());
    }

    /** A story of one article. */
    public static StoryHead of(final String storyId, final StorySignals first) {
        return new StoryHead(storyId, null, first.published(), 1, List.of(first));
    }

    /** Whether it holds as many articles as a story may. */
    public boolean full() {
        return articles >= MAX_ARTICLES;
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

    /**
     * This story with one more article (the member that joined first letting go of its signals when there are then
     * more than {@link #MAX_MEMBERS}).
     */
    public StoryHead joinedBy(final StorySignals signals, final String joinedOnEvent) {
        return withSignals(signals, event != null ? event : joinedOnEvent, articles + 1);
    }

    /**
     * This story with a member's signals replaced by those of its new revision, or added back as the newest when
     * they had been let go.
     */
    public StoryHead revisedBy(final StorySignals signals) {
        return withSignals(signals, event, articles);
    }

    private StoryHead withSignals(final StorySignals signals, final String storyEvent, final int count) {
        final List<StorySignals> updated = new ArrayList<>(members);
        updated.replaceAll(member -> member.articleId().equals(signals.articleId()) ? signals : member);
        if (!updated.contains(signals)) {
            updated.add(signals);
        }
        final Instant first = signals.published().isBefore(firstPublished) ? signals.published() : firstPublished;
        return new StoryHead(storyId, storyEvent, first, count,
                updated.subList(Math.max(0, updated.size() - MAX_MEMBERS), updated.size()));
    }
}
