package io.newsreel.processor.story;

import io.newsreel.contract.event.Salience;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.TaggedArticle;

/**
 * A tagged article on its way to story assignment, with the SimHash of its full text (which the tagged article does
 * not carry). Travels on an internal topic keyed by {@link #storyKey()}.
 *
 * @param article the tagged article
 * @param simHash SimHash of its body (of its title when it has none)
 */
public record StoryCandidate(TaggedArticle article, long simHash) {

    private static final String OWN_STORY = "article:";

    /** The show whose stories the article can join: its first subject. */
    public String storyKey() {
        return article.shows().stream().filter(show -> show.salience() == Salience.PRIMARY).map(ShowTag::id)
                .findFirst().orElse(OWN_STORY + article.id());
    }

    /** Whether a story key names a show rather than an article about no known show, which is a story of its own. */
    public static boolean isShow(final String storyKey) {
        return !storyKey.startsWith(OWN_STORY);
    }
}
