package io.newsreel.ingest.parse;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UTC offsets a feed wrote its dates in, by the instant each date names. ROME hands dates over as instants, and
 * the offset goes with them; yet an article's "tomorrow" means the day after its date where it was written. So the
 * feed's date elements are read again as written, and an item's offset is the one written with its instant.
 *
 * <p>A date written in UTC ("GMT", "Z", "+00:00") gives no offset: feed generators commonly convert every date to
 * UTC, so it tells nothing of where the article was written. Nor do dates written with a zone name ("KST") or in a
 * feed not encoded in an ASCII-compatible charset. Such articles have no offset, and the processor reads their dates
 * in Korean time.
 */
final class PublishedOffsets {

    /** RSS {@code pubDate}, Atom {@code published} and {@code updated}, Dublin Core {@code date}, with any prefix. */
    private static final Pattern DATE_ELEMENT = Pattern.compile("<(?:[A-Za-z][\\w.-]*:)?(?:pubDate|published"
            + "|updated|date|issued|modified)(?:\\s[^>]*)?>\\s*(?:<!\\[CDATA\\[)?\\s*([^<\\]]{10,64}?)\\s*"
            + "(?:]]>)?\\s*</");
    private static final List<DateTimeFormatter> FORMATS = List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.RFC_1123_DATE_TIME);

    private final Map<Instant, ZoneOffset> byInstant;

    private PublishedOffsets(final Map<Instant, ZoneOffset> byInstant) {
        this.byInstant = byInstant;
    }

    /** The offsets of every date the feed writes with one other than UTC; for an instant written twice, the first. */
    static PublishedOffsets in(final byte[] feed) {
        final Map<Instant, ZoneOffset> offsets = new HashMap<>();
        final Matcher date = DATE_ELEMENT.matcher(new String(feed, StandardCharsets.ISO_8859_1));
        while (date.find()) {
            final OffsetDateTime written = parse(date.group(1));
            if (written != null && !written.getOffset().equals(ZoneOffset.UTC)) {
                offsets.putIfAbsent(written.toInstant(), written.getOffset());
            }
        }
        return new PublishedOffsets(offsets);
    }

    /** The offset the feed wrote {@code instant} in, or null. */
    ZoneOffset of(final Instant instant) {
        return instant == null ? null : byInstant.get(instant);
    }

    private static OffsetDateTime parse(final String written) {
        for (final DateTimeFormatter format : FORMATS) {
            try {
                return OffsetDateTime.parse(written, format);
            } catch (final DateTimeParseException notThisFormat) {
                // the next format may read it
            }
        }
        return null;
    }
}
