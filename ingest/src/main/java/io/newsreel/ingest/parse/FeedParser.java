package io.newsreel.ingest.parse;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.xml.sax.InputSource;

/**
 * Reads RSS and Atom bytes into {@link ParsedFeed}. ROME's mutable types never leave this class, and every failure,
 * checked or not, becomes one {@link FeedParseException} naming the feed.
 *
 * <p>Only {@link SyndFeedInput} is used: it refuses DOCTYPEs and so external entities and entity expansion.
 */
public final class FeedParser {

    public ParsedFeed parse(final String feedUrl, final byte[] bytes) throws FeedParseException {
        final SyndFeed feed;
        try {
            final SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (final Exception e) {
            throw new FeedParseException(feedUrl, e);
        }
        final List<FeedItem> items = feed.getEntries().stream().map(entry -> item(entry, feed.getLanguage())).toList();
        return new ParsedFeed(feed.getTitle(), items);
    }

    private static FeedItem item(final SyndEntry entry, final String feedLanguage) {
        return new FeedItem(
                entry.getUri(),
                entry.getLink(),
                entry.getTitle(),
                blankToNull(entry.getAuthor()),
                instant(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
                entry.getDescription() == null ? null : entry.getDescription().getValue(),
                content(entry.getContents()),
                feedLanguage,
                entry.getEnclosures().stream().map(SyndEnclosure::getUrl)
                        .filter(url -> url != null && !url.isBlank()).toList());
    }

    private static String content(final List<SyndContent> contents) {
        if (contents == null || contents.isEmpty()) {
            return null;
        }
        return contents.stream().map(SyndContent::getValue).filter(value -> value != null)
                .collect(Collectors.joining("\n"));
    }

    private static Instant instant(final Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String blankToNull(final String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
