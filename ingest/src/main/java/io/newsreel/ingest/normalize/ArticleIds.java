package io.newsreel.ingest.normalize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable article ids: the same story always gets the same id, across polls, restarts and feeds.
 *
 * <p>A GUID that is itself a URL is canonicalized like a link, so that two feeds syndicating one article agree;
 * another GUID is only unique within its feed, so it is scoped by the feed's host; without a GUID the canonical
 * link is used, and without either a hash of title and date.
 */
public final class ArticleIds {

    /** 96 bits of SHA-256: collisions stay negligible for billions of articles while ids stay short. */
    private static final int ID_BYTES = 12;

    private ArticleIds() {
    }

    public static String idFor(final String feedUrl, final String guid, final String canonicalUrl,
                               final String title, final Instant published) {
        if (guid != null && !guid.isBlank()) {
            final String guidAsUrl = UrlCanonicalizer.canonicalize(guid);
            return guidAsUrl != null ? hash("url:" + guidAsUrl) : hash("guid:" + hostOf(feedUrl) + ":" + guid.strip());
        }
        if (canonicalUrl != null) {
            return hash("url:" + canonicalUrl);
        }
        return hash("title:" + hostOf(feedUrl) + ":" + (title == null ? "" : title.strip().toLowerCase(Locale.ROOT))
                + ":" + published);
    }

    /** A hex SHA-256 prefix of the text: for ids and content fingerprints. */
    public static String hash(final String text) {
        try {
            final byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, ID_BYTES);
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static String hostOf(final String feedUrl) {
        final String canonical = UrlCanonicalizer.canonicalize(feedUrl);
        if (canonical == null) {
            return feedUrl == null ? "" : feedUrl;
        }
        final int hostStart = canonical.indexOf("://") + 3;
        final int pathStart = canonical.indexOf('/', hostStart);
        return canonical.substring(hostStart, pathStart < 0 ? canonical.length() : pathStart);
    }
}
