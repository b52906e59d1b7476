package io.newsreel.processor.retag;

import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.TaggedArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Which articles a re-tag looks at: those published on or after a day (UTC), and those a show's timeline has or
 * should have (the show is among the article's tags before or after the re-tag, so that both a gained and a lost
 * show count).
 *
 * @param since the first day, or null for every article
 * @param showId the show, or null for every article
 */
public record RetagFilter(LocalDate since, String showId) {

    /** Every article. */
    public static final RetagFilter ALL = new RetagFilter(null, null);

    /** Whether an article published then is in range; decided before tagging, so out-of-range ones cost nothing. */
    public boolean publishedInRange(final Instant published) {
        return since == null
                || published != null && !published.isBefore(since.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** Whether the show filter keeps an article with these tags before and after the re-tag. */
    public boolean concerns(final TaggedArticle current, final TaggedArticle retagged) {
        return showId == null || hasShow(current) || hasShow(retagged);
    }

    private boolean hasShow(final TaggedArticle article) {
        return article != null && article.shows().stream().map(ShowTag::id).anyMatch(showId::equals);
    }

    /** The filter in words, e.g. {@code published on or after 2024-03-01, tagged with show moving}. */
    public String describe() {
        final List<String> parts = new ArrayList<>();
        if (since != null) {
            parts.add("published on or after " + since);
        }
        if (showId != null) {
            parts.add("tagged with show " + showId);
        }
        return parts.isEmpty() ? "all articles" : String.join(", ", parts);
    }
}
