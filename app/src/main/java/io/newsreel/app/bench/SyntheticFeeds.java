package io.newsreel.app.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Deterministic RSS 2.0 feeds for the ingest benchmark: the same seed, feed number and version always give the same
 * bytes, so runs compare and nothing has to be stored (10,000 feeds of 20 items are some 300 MB of XML, more than
 * the heap the benchmark runs in).
 *
 * <p>Version 0 of a feed lists items {@code 0..items-1}; version 1 of a feed that {@linkplain #changes changes} adds
 * {@link #newItemsPerChange()} newer items on top and drops as many old ones, the way a news feed moves. An item's
 * text depends only on the seed, its feed and its sequence number, so the items both versions list are identical and
 * ingest should publish only the new ones.
 */
public final class SyntheticFeeds {

    /** Dates are fixed rather than "now", so that bytes depend on the inputs alone. */
    private static final Instant EPOCH = Instant.parse("2024-03-01T00:00:00Z");
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final long seed;
    private final int feedCount;
    private final int itemsPerFeed;
    private final double changedRatio;

    public SyntheticFeeds(final long seed, final int feedCount, final int itemsPerFeed, final double changedRatio) {
        if (feedCount < 1 || itemsPerFeed < 1) {
            throw new IllegalArgumentException("feeds and items must be at least 1, were " + feedCount + " and "
                    + itemsPerFeed);
        }
        if (!(changedRatio >= 0 && changedRatio <= 1)) {
            throw new IllegalArgumentException("changed ratio must be within 0..1, was " + changedRatio);
        }
        this.seed = seed;
        this.feedCount = feedCount;
        this.itemsPerFeed = itemsPerFeed;
        this.changedRatio = changedRatio;
    }

    public int feedCount() {
        return feedCount;
    }

    public int itemsPerFeed() {
        return itemsPerFeed;
    }

    /** Items a changed feed gains (and drops) between versions: a quarter of its items, at least one. */
    public int newItemsPerChange() {
        return Math.max(1, itemsPerFeed / 4);
    }

    /**
     * Whether this feed has a version 1. Changed feeds are spread evenly over the numbers (with ratio 0.1, every
     * tenth feed), so that exactly {@link #changedFeedCount()} change whatever the order ingest polls them in.
     */
    public boolean changes(final int feed) {
        return changedBefore(feed + 1) > changedBefore(feed);
    }

    public int changedFeedCount() {
        return (int) changedBefore(feedCount);
    }

    private long changedBefore(final int feed) {
        return (long) Math.floor(feed * changedRatio);
    }

    /** An entity tag naming every input of the bytes, so that it changes exactly when they do. */
    public String etag(final int feed, final int version) {
        return "\"" + Long.toHexString(seed) + "-" + itemsPerFeed + "-" + feed + "-" + effective(feed, version) + "\"";
    }

    /** Version 1 of a feed that does not change is version 0. */
    private int effective(final int feed, final int version) {
        return version > 0 && changes(feed) ? 1 : 0;
    }

    /** The feed's bytes in the version given (0 or 1). */
    public byte[] feed(final int feed, final int version) {
        if (feed < 0 || feed >= feedCount) {
            throw new IllegalArgumentException("no feed " + feed + " among " + feedCount);
        }
        final int firstSeq = effective(feed, version) * newItemsPerChange();
        final StringBuilder xml = new StringBuilder(itemsPerFeed * 1800);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n")
                .append("<title>Screen Wire ").append(feed).append("</title>\n")
                .append("<link>").append(site(feed)).append("/</link>\n")
                .append("<description>Drama news, casting and ratings, as it happens.</description>\n")
                .append("<language>en</language>\n");
        // Newest first, as feeds list them.
        for (int seq = firstSeq + itemsPerFeed - 1; seq >= firstSeq; seq--) {
            appendItem(xml, feed, seq);
        }
        xml.append("</channel>\n</rss>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void appendItem(final StringBuilder xml, final int feed, final int seq) {
        final SplittableRandom random = new SplittableRandom(itemSeed(feed, seq));
        final NewsText.Cast cast = NewsText.Cast.draw(random);
        final String title = NewsText.title(random, cast);
        final Instant published = EPOCH.plusSeconds(60L * feed).plusSeconds(3600L * seq);
        xml.append("<item>\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<link>").append(site(feed)).append("/news/").append(seq).append('-')
                .append(NewsText.slug(title)).append("</link>\n")
                .append("<guid isPermaLink=\"false\">screen-wire-").append(feed).append('-').append(seq)
                .append("</guid>\n")
                .append("<pubDate>").append(RFC_1123.format(published)).append("</pubDate>\n")
                .append("<dc:creator>").append(escape(NewsText.reporter(random))).append("</dc:creator>\n")
                .append("<category>").append(NewsText.category(random)).append("</category>\n")
                .append("<category>").append(escape(cast.show())).append("</category>\n")
                .append("<description><![CDATA[").append(NewsText.bodyHtml(random, cast)).append("]]></description>\n")
                .append("</item>\n");
    }

    /** Mixes the three inputs so that neighbouring items get unrelated text. */
    private long itemSeed(final int feed, final int seq) {
        return seed * 0x9E3779B97F4A7C15L + feed * 0xC2B2AE3D27D4EB4FL + seq * 0x165667B19E3779F9L;
    }

    private static String site(final int feed) {
        return "https://screen-wire-" + feed + ".example.org";
    }

    private static String escape(final String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
