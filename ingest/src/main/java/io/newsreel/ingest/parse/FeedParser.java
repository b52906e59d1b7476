package io.newsreel.ingest.parse;

import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads RSS and Atom bytes into {@link ParsedFeed}. ROME's mutable types never leave this class, and every failure,
 * checked or not, becomes one {@link FeedParseException} naming the feed.
 *
 * <p>Only {@link SyndFeedInput} is used: it refuses DOCTYPEs and so external entities and entity expansion.
 */
public final class FeedParser {

    /**
     * Parses one feed.
     *
     * @param feedUrl the feed's URL, for error messages and relative links
     * @param bytes the feed as fetched
     * @param contentType the HTTP {@code Content-Type}, or null; its charset is a hint that the document's own
     *                    declaration and byte order mark may overrule, since servers often get it wrong
     */
    public ParsedFeed parse(final String feedUrl, final byte[] bytes, final String contentType)
            throws FeedParseException {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new FeedParseException(feedUrl, FeedParseException.Kind.EMPTY, "empty body", null);
        }
        final SyndFeed feed = read(feedUrl, bytes, contentType);
        final PublishedOffsets offsets = PublishedOffsets.in(bytes);
        final List<FeedItem> items = feed.getEntries().stream().map(entry -> item(entry, feed.getLanguage(), offsets))
                .toList();
        return new ParsedFeed(feed.getTitle(), items);
    }

    /**
     * A UTF-16 byte order mark settles the encoding (XML 1.0, appendix F), so such bytes are decoded here: ROME's
     * XmlReader skips the mark and then reads a declared {@code encoding="UTF-16"} as big-endian, turning every
     * little-endian feed into garbage. Everything else goes through XmlReader's lenient detection.
     */
    private static Reader reader(final byte[] bytes, final String contentType) throws IOException {
        final int first = bytes.length < 2 ? 0 : bytes[0] & 0xff;
        final int second = bytes.length < 2 ? 0 : bytes[1] & 0xff;
        final Charset marked = first == 0xfe && second == 0xff ? StandardCharsets.UTF_16BE
                : first == 0xff && second == 0xfe ? StandardCharsets.UTF_16LE : null;
        if (marked != null) {
            return new InputStreamReader(new ByteArrayInputStream(bytes, 2, bytes.length - 2), marked);
        }
        return new XmlReader(new ByteArrayInputStream(bytes), contentType, true);
    }

    /**
     * ROME's healer repairs sloppy feeds (stray entities, junk before the prolog) but costs almost half of parsing,
     * so it is used only for the feeds that need it.
     */
    private static SyndFeed read(final String feedUrl, final byte[] bytes, final String contentType)
            throws FeedParseException {
        try {
            return build(bytes, contentType, false);
        } catch (final IOException | FeedException | RuntimeException strictFailure) {
            try {
                return build(bytes, contentType, true);
            } catch (final IOException | FeedException | RuntimeException e) {
                throw classify(feedUrl, bytes, e);
            }
        }
    }

    private static SyndFeed build(final byte[] bytes, final String contentType, final boolean heal)
            throws IOException, FeedException {
        try (Reader reader = reader(bytes, contentType)) {
            final SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(heal);
            return input.build(reader);
        }
    }

    /** Every failure, checked or not (ROME throws IllegalArgumentException for an unknown format), gets a kind. */
    private static FeedParseException classify(final String feedUrl, final byte[] bytes, final Exception e) {
        final String start = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<html")) {
            return new FeedParseException(feedUrl, FeedParseException.Kind.NOT_A_FEED,
                    "an HTML page, not a feed", e);
        }
        if (mentionsDoctype(e)) {
            return new FeedParseException(feedUrl, FeedParseException.Kind.FORBIDDEN_DOCTYPE,
                    "DOCTYPE declarations are refused (entity expansion, external entities)", e);
        }
        if (e instanceof IllegalArgumentException) {
            return new FeedParseException(feedUrl, FeedParseException.Kind.NOT_A_FEED,
                    "not RSS or Atom: " + e.getMessage(), e);
        }
        return new FeedParseException(feedUrl, FeedParseException.Kind.MALFORMED, "malformed: " + e.getMessage(), e);
    }

    private static boolean mentionsDoctype(final Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().toUpperCase(Locale.ROOT).contains("DOCTYPE")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(final byte[] bytes) {
        for (final byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    private static FeedItem item(final SyndEntry entry, final String feedLanguage, final PublishedOffsets offsets) {
        final Instant published = instant(entry.getPublishedDate() != null ? entry.getPublishedDate()
                : entry.getUpdatedDate());
        return new FeedItem(
                entry.getUri(),
                entry.getLink(),
                entry.getTitle(),
                blankToNull(entry.getAuthor()),
                published,
                offsets.of(published),
                entry.getDescription() == null ? null : entry.getDescription().getValue(),
                content(entry.getContents()),
                feedLanguage,
                Stream.concat(entry.getEnclosures().stream().map(SyndEnclosure::getUrl), mediaUrls(entry))
                        .filter(url -> url != null && !url.isBlank()).distinct().toList());
    }

    /** URLs of Media RSS content, directly on the item or in media groups. */
    private static Stream<String> mediaUrls(final SyndEntry entry) {
        if (!(entry.getModule(MediaModule.URI) instanceof MediaEntryModule media)) {
            return Stream.empty();
        }
        return Stream.concat(Arrays.stream(media.getMediaContents()),
                        Arrays.stream(media.getMediaGroups()).flatMap(group -> Arrays.stream(group.getContents())))
                .map(MediaContent::getReference)
                .filter(reference -> reference instanceof UrlReference)
                .map(reference -> String.valueOf(((UrlReference) reference).getUrl()));
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
