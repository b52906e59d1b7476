package io.newsreel.processor.story;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which recent story of a show, if any, an article belongs to. First as a copy: its SimHash is within a few
 * bits of a member's (syndication, a re-published piece with a new headline). Else as coverage of the same event by
 * another outlet: published close to the story's first article, it leads with an event the story reports, and it
 * names someone the story names (or either names no one), so that two unrelated premieres on one day stay apart.
 * A full story ({@link StoryHead#full()}) takes no more articles.
 */
public final class StoryMatcher {

    /**
     * Independently written texts differ in 32 bits give or take 4, so 10 or fewer is a copy with some edits (a
     * trimmed sentence, an added byline) with a false match rate near one in a hundred million.
     */
    static final int MAX_COPY_DISTANCE = 10;
    static final Duration COPY_WINDOW = Duration.ofDays(7);
    static final Duration EVENT_WINDOW = Duration.ofHours(72);

    private StoryMatcher() {
    }

    public static Optional<StoryMatch> match(final List<StoryHead> recent, final StorySignals article) {
        final List<StoryHead> stories = recent.stream().filter(story -> !story.full()).toList();
        for (final StoryHead story : stories) {
            for (final StorySignals member : story.members()) {
                if (!member.articleId().equals(article.articleId())
                        && SimHash.distance(member.simHash(), article.simHash()) <= MAX_COPY_DISTANCE
                        && within(member, article, COPY_WINDOW)) {
                    return Optional.of(new StoryMatch(story, member.articleId(), null));
                }
            }
        }
        return stories.stream()
                .filter(story -> Duration.between(story.firstPublished(), article.published()).abs()
                        .compareTo(EVENT_WINDOW) <= 0)
                .flatMap(story -> coverage(story, article).stream())
                .max(Comparator.comparingInt(Coverage::sharedPersons)
                        .thenComparing(coverage -> coverage.match().story().lastPublished()))
                .map(Coverage::match);
    }

    /** The article as coverage of the story's event, when it reports one and names someone the story names. */
    private static Optional<Coverage> coverage(final StoryHead story, final StorySignals article) {
        final Set<String> persons = story.persons();
        final int shared = (int) persons.stream().filter(article.persons()::contains).count();
        if (shared == 0 && !persons.isEmpty() && !article.persons().isEmpty()) {
            return Optional.empty();
        }
        return story.events().stream().filter(article.events()::contains).findFirst()
                .map(event -> new Coverage(new StoryMatch(story, null, event), shared));
    }

    private static boolean within(final StorySignals a, final StorySignals b, final Duration window) {
        return Duration.between(a.published(), b.published()).abs().compareTo(window) <= 0;
    }

    /**
     * A story an article could join as coverage.
     *
     * @param match the story and the shared event
     * @param sharedPersons how many persons both name
     */
    private record Coverage(StoryMatch match, int sharedPersons) {
    }
}
