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
        final String showId = StoryCandidate.isShow(record.key()) ? record.key() : null;
        final String known = articleStories.get(article.id());
        final String storyId;
        String copyOf = null;
        if (showId == null) {
            storyId = STORY_PREFIX + article.id();
        } else {
            final StoryIndex index = Optional.ofNullable(indexes.get(showId)).orElseGet(StoryIndex::empty);
            final StorySignals signals = StorySignals.of(article, showId, candidate.simHash());
            final Optional<StoryHead> current = index.stories().stream()
                    .filter(story -> story.storyId().equals(known)).findFirst();
            final StoryHead updated;
            if (known != null) {
                storyId = known;
                updated = current.map(story -> story.with(signals, null)).orElse(null);
            } else {
                final Optional<StoryMatch> match = StoryMatcher.match(index.stories(), signals);
                storyId = match.map(found -> found.story().storyId()).orElse(STORY_PREFIX + article.id());
                copyOf = match.map(StoryMatch::copyOf).orElse(null);
                updated = match.map(found -> found.story().with(signals, found.event()))
                        .orElseGet(() -> new StoryHead(storyId, null, List.of(signals)));
            }
            if (updated != null) {
                indexes.put(showId, index.with(updated));
            }
        }
        if (known == null) {
            articleStories.put(article.id(), storyId);
        }
        final Story story = withMember(stories.get(storyId), storyId, showId, article, copyOf,
                eventOf(showId, storyId));
        stories.put(storyId, story);
        context.forward(record.withValue(new StoryAssignment(article.inStory(storyId), story)));
    }

    private String eventOf(final String showId, final String storyId) {
        if (showId == null) {
            return null;
        }
        final StoryIndex index = indexes.get(showId);
        return index == null ? null : index.stories().stream().filter(story -> story.storyId().equals(storyId))
                .findFirst().map(StoryHead::event).orElse(null);
    }

    /** The story with the article as a member: added when new, updated in place (keeping how it joined) when known. */
    private static Story withMember(final Story known, final String storyId, final String showId,
                                    final TaggedArticle article, final String copyOf, final String event) {
        final List<StoryMember> members = new ArrayList<>(known == null ? List.of() : known.members());
        final Optional<StoryMember> previous = members.stream()
                .filter(member -> member.articleId().equals(article.id())).findFirst();
        final StoryMember member = new StoryMember(article.id(), article.title(), article.url(), article.feedUrl(),
                article.published(), previous.map(StoryMember::copyOf).orElse(copyOf));
        if (previous.isPresent()) {
            members.set(members.indexOf(previous.get()), member);
        } else {
            members.add(member);
        }
        final String title = members.get(0).title();
        final String storyEvent = event != null ? event : known == null ? null : known.event();
        return new Story(storyId, showId, title, storyEvent, members);
    }
}
