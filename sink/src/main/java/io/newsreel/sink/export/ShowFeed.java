package io.newsreel.sink.export;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.newsreel.contract.event.TimelineArticle;
import io.newsreel.sink.timeline.ShowSummary;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** A show's newest articles as an Atom 1.0 feed. ROME types never leave this class. */
public final class ShowFeed {

    private static final String ATOM = "atom_1.0";

    private ShowFeed() {
    }

    /**
     * The feed of a show.
     *
     * @param show the show
     * @param articles its newest articles, newest first
     * @param now the feed's updated time when the show has no article yet
     */
    public static String render(final ShowSummary show, final List<TimelineArticle> articles, final Instant now) {
        final SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(ATOM);
        feed.setUri("urn:newsreel:show:" + show.id());
        feed.setTitle(show.name() + " on newsreel");
        feed.setDescription("News about " + show.name() + ", newest first");
        feed.setAuthor("newsreel");
        feed.setPublishedDate(Date.from(show.lastUpdate() != null ? show.lastUpdate() : now));
        feed.setEntries(articles.stream().map(ShowFeed::entry).toList());
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (final FeedException e) {
            throw new IllegalStateException("Could not write the Atom feed of show " + show.id(), e);
        }
    }

    private static SyndEntry entry(final TimelineArticle article) {
        final SyndEntry entry = new SyndEntryImpl();
        // The article id, not the entry's place in a timeline, so readers see an article once across feeds.
        entry.setUri("urn:newsreel:article:" + article.id());
        entry.setTitle(article.title());
        entry.setLink(article.url());
        entry.setPublishedDate(Date.from(article.published()));
        entry.setUpdatedDate(Date.from(article.published()));
        if (article.summary() != null) {
            final SyndContent summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(article.summary());
            entry.setDescription(summary);
        }
        return entry;
    }
}
