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

    /**
     * RSS {@code pubDate}, Atom {@code published} and {@code updated}, Dublin Core {@code date} and its kin, each
     * as its closing tag ends.
     */
    private static final List<String> DATE_ELEMENTS = List.of("pubDate>", "published>", "updated>", "date>",
            "issued>", "modified>");
    /** More than any date is written in. */
    private static final int LONGEST_DATE = 64;
    private static final String CDATA_START = "<![CDATA[";
    private static final String CDATA_END = "]]>";
    private static final List<DateTimeFormatter> FORMATS = List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.RFC_1123_DATE_TIME);

    private final Map<Instant, ZoneOffset> byInstant;

    private PublishedOffsets(final Map<Instant, ZoneOffset> byInstant) {
        this.byInstant = byInstant;
    }

    /**
     * The offsets of every date the feed writes with one other than UTC; for an instant written twice, the first.
     * One pass from closing tag to closing tag: a regular expression tried at every character cost a tenth of
     * parsing the feed.
     */
    static PublishedOffsets in(final byte[] feed) {
        final Map<Instant, ZoneOffset> offsets = new HashMap<>();
        final String xml = new String(feed, StandardCharsets.ISO_8859_1);
        for (int close = xml.indexOf("</"); close >= 0; close = xml.indexOf("</", close + 2)) {
            if (closesDate(xml, close + 2)) {
                final OffsetDateTime written = parse(textBefore(xml, close));
                if (written != null && !written.getOffset().equals(ZoneOffset.UTC)) {
                    offsets.putIfAbsent(written.toInstant(), written.getOffset());
                }
            }
        }
        return new PublishedOffsets(offsets);
    }

    /** The offset the feed wrote {@code instant} in, or null. */
    ZoneOffset of(final Instant instant) {
        return instant == null ? null : byInstant.get(instant);
    }

    /** Whether the closing tag whose name starts at {@code at} closes a date element, with or without a prefix. */
    private static boolean closesDate(final String xml, final int at) {
        int local = at;
        while (local < xml.length() && local - at < LONGEST_DATE && isNameChar(xml.charAt(local))) {
            local++;
        }
        final int name = local < xml.length() && xml.charAt(local) == ':' ? local + 1 : at;
        for (final String element : DATE_ELEMENTS) {
            if (xml.startsWith(element, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameChar(final char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                || c == '_';
    }

    /** The text of the element that closes at {@code close}, out of its CDATA section if it has one; or null. */
    private static String textBefore(final String xml, final int close) {
        final int openEnd = xml.lastIndexOf('>', close - 1);
        if (openEnd < 0 || close - openEnd > LONGEST_DATE + CDATA_START.length() + CDATA_END.length()) {
            return null;
        }
        final int cdataEnd = openEnd + 1 - CDATA_END.length();
        if (xml.startsWith(CDATA_END, cdataEnd)) {
            // Looked for no further back than a date's length: a hostile feed must not make every lookup read it all.
            final int furthest = Math.max(0, cdataEnd - LONGEST_DATE - CDATA_START.length());
            for (int start = cdataEnd - CDATA_START.length(); start >= furthest; start--) {
                if (xml.startsWith(CDATA_START, start)) {
                    return xml.substring(start + CDATA_START.length(), cdataEnd).strip();
                }
            }
            return null;
        }
        return xml.substring(openEnd + 1, close).strip();
    }

    private static OffsetDateTime parse(final String written) {
        if (written == null) {
            return null;
        }
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
