package io.newsreel.app.subscribe;

import io.newsreel.contract.event.PersonTagged;
import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.event.TaggedArticle;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One readable line per followed record, columns separated by two spaces. Times are Korean, like the release days
 * newsreel reports, so that an article and the premiere it announces read on the same calendar.
 */
public final class EventLines {

    private static final String SEPARATOR = "  ";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ReleaseEvent.ZONE);

    private EventLines() {
    }

    /** {@code 2023-12-06 18:00  Soundtrack #2  PRIMARY  "headline" (outlet)}; a tag the article lost is RETRACTED. */
    public static String of(final ShowTagged tagged) {
        final TaggedArticle article = tagged.article();
        final boolean kept = article.shows().stream().anyMatch(show -> show.id().equals(tagged.show().id()));
        return String.join(SEPARATOR, MINUTE.format(article.published()), tagged.show().name(),
                kept ? tagged.show().salience().name() : "RETRACTED", headline(article));
    }

    /** {@code 2023-12-06 18:00  Keum Sae-rok  "headline" (outlet)  [Soundtrack #2]}; a lost tag is RETRACTED. */
    public static String of(final PersonTagged tagged) {
        final TaggedArticle article = tagged.article();
        final boolean kept = article.persons().stream().anyMatch(person -> person.id().equals(tagged.person().id()));
        final List<String> columns = new ArrayList<>(List.of(MINUTE.format(article.published()),
                tagged.person().name()));
        if (!kept) {
            columns.add("RETRACTED");
        }
        columns.add(headline(article));
        if (!article.shows().isEmpty()) {
            columns.add(article.shows().stream().map(ShowTag::name).collect(Collectors.joining(", ", "[", "]")));
        }
        return String.join(SEPARATOR, columns);
    }

    /**
     * {@code 2023-12-06  Soundtrack #2  PREMIERE  Disney+  — "sentence it was drawn from"}: a release event names its
     * article only by id, so the line quotes the evidence rather than a headline.
     */
    public static String of(final ReleaseEvent event) {
        final List<String> columns = new ArrayList<>();
        columns.add(day(event));
        columns.add(event.season() == null ? event.showName() : event.showName() + " season " + event.season());
        columns.add(event.type().name());
        if (event.platform() != null) {
            columns.add(event.platform());
        }
        if (event.episodes() != null) {
            columns.add(event.episodes() + " episodes");
        }
        if (event.cadence() != null) {
            columns.add(event.cadence());
        }
        columns.add("— \"" + event.evidence().text() + "\" (article " + event.articleId() + ")");
        return String.join(SEPARATOR, columns);
    }

    private static String day(final ReleaseEvent event) {
        if (event.date() != null) {
            return event.date().toString();
        }
        if (event.dateWindow() != null) {
            return event.dateWindow().from() + ".." + event.dateWindow().to();
        }
        return "date unknown";
    }

    private static String headline(final TaggedArticle article) {
        return "\"" + article.title() + "\" (" + outlet(article.feedUrl()) + ")";
    }

    /** The feed's host without {@code www.}: what a reader calls the outlet. */
    static String outlet(final String feedUrl) {
        try {
            final String host = URI.create(feedUrl).getHost();
            if (host != null) {
                return host.startsWith("www.") ? host.substring(4) : host;
            }
        } catch (final IllegalArgumentException e) {
            // Not a URL: named as it is, below.
        }
        return feedUrl;
    }
}
