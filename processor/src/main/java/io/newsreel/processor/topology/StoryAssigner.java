package io.newsreel.processor.topology;

import io.newsreel.contract.event.Story;
import io.newsreel.contract.event.StoryMember;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.processor.story.StoryAssignment;
import io.newsreel.processor.story.StoryCandidate;
import io.newsreel.processor.story.StoryHead;
import io.newsreel.processor.story.StoryIndex;
import io.newsreel.processor.story.StoryMatch;
import io.newsreel.processor.story.StoryMatcher;
import io.newsreel.processor.story.StorySignals;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Gives each article its story, with the records keyed by the show the article is about so that one show's recent
 * stories are in one place. An article keeps the story it was first given, through its later revisions and
 * replays, so story ids never change under a reader.
 */
final class StoryAssigner implements Processor<String, StoryCandidate, String, StoryAssignment> {

    private static final String STORY_PREFIX = "story-";

    private KeyValueStore<String, StoryIndex> indexes;
    private KeyValueStore<String, String> articleStories;
    private KeyValueStore<String, Story> stories;
    private ProcessorContext<String, StoryAssignment> context;

    @Override
    public void init(final ProcessorContext<String, StoryAssignment> context) {
        this.context = context;
        this.indexes = context.getStateStore(ProcessorTopology.STORY_INDEX_STORE);
        this.articleStories = context.getStateStore(ProcessorTopology.ARTICLE_STORY_STORE);
        this.stories = context.getStateStore(ProcessorTopology.STORY_STORE);
    }

    @Override
    public void process(final Record<String, StoryCandidate> record) {
        final StoryCandidate candidate = record.value();
        if (candidate == null || record.key() == null) {
            return;
        }
        final TaggedArticle article = candidate.article();
        final String known = articleStories.get(article.id());
        final Placement placement = StoryCandidate.isShow(record.key())
                ? placeInShow(record.key(), article, candidate.simHash(), known)
                : new Placement(STORY_PREFIX + article.id(), null, null, null);
        if (known == null) {
            articleStories.put(article.id(), placement.storyId());
        }
        final Story story = withMember(stories.get(placement.storyId()), placement, article);
        stories.put(placement.storyId(), story);
        context.forward(record.withValue(new StoryAssignment(article.inStory(placement.storyId()), story)));
    }

    /**
     * Finds the story an article of a show belongs to (the one it was given before, if any) and records it in the
     * show's index of recent stories.
     */
    private Placement placeInShow(final String showId, final TaggedArticle article, final long simHash,
                                  final String known) {
        final StoryIndex index = Optional.ofNullable(indexes.get(showId)).orElseGet(StoryIndex::empty);
        final StorySignals signals = StorySignals.of(article, showId, simHash);
        if (known != null) {
            // A story past the index's horizon is no longer joined; the article simply keeps its id.
            final Optional<StoryHead> current = index.stories().stream()
                    .filter(story -> story.storyId().equals(known)).findFirst()
                    .map(story -> story.revisedBy(signals));
            current.ifPresent(story -> indexes.put(showId, index.with(story)));
            return new Placement(known, showId, null, current.map(StoryHead::event).orElse(null));
        }
        final Optional<StoryMatch> match = StoryMatcher.match(index.stories(), signals);
        final StoryHead updated = match.map(found -> found.story().joinedBy(signals, found.event()))
                .orElseGet(() -> StoryHead.of(STORY_PREFIX + article.id(), signals));
        indexes.put(showId, index.with(updated));
        return new Placement(updated.storyId(), showId, match.map(StoryMatch::copyOf).orElse(null), updated.event());
    }

    /** The story with the article as a member: added when new, updated in place (keeping how it joined) when known. */
    private static Story withMember(final Story known, final Placement placement, final TaggedArticle article) {
        final List<StoryMember> members = new ArrayList<>(known == null ? List.of() : known.members());
        final Optional<StoryMember> previous = members.stream()
                .filter(member -> member.articleId().equals(article.id())).findFirst();
        final StoryMember member = new StoryMember(article.id(), article.title(), article.url(), article.feedUrl(),
                article.published(), previous.map(StoryMember::copyOf).orElse(placement.copyOf()));
        if (previous.isPresent()) {
            members.set(members.indexOf(previous.get()), member);
        } else {
            members.add(member);
        }
        final String title = members.get(0).title();
        final String event = placement.event() != null ? placement.event() : known == null ? null : known.event();
        return new Story(placement.storyId(), placement.showId(), title, event, members);
    }

    /**
     * Where an article goes.
     *
     * @param storyId its story
     * @param showId the show whose stories it can join, or null for an article about no known show
     * @param copyOf the member it copies, when it joined as a copy
     * @param event the event its story was formed on, when known
     */
    private record Placement(String storyId, String showId, String copyOf, String event) {
    }
}
