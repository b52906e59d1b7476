package io.newsreel.contract.event;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A feed ingest polls, on the compacted {@code feed-subscriptions} topic keyed by {@link #url()}.
 * A tombstone unsubscribes.
 *
 * @param url feed URL
 * @param title feed title when known, else null
 * @param pollInterval time between polls
 * @param enabled false pauses polling without forgetting the feed
 * @param added when the subscription was made
 * @param fullText whether to fetch article pages when the feed carries only short texts; null follows ingest's
 *                 default
 * @param zone the time zone the outlet writes in, for a feed that dates its items in UTC (as many do, whatever their
 *             desk's zone): relative dates in its articles ("tomorrow", "on Friday") are then read there. Null when
 *             the offsets the feed writes are all there is to go by
 */
public record FeedSubscription(String url, String title, Duration pollInterval, boolean enabled, Instant added,
                               Boolean fullText, ZoneId zone) {

    /** A subscription that follows ingest's defaults for full texts and the feed's own offsets. */
    public FeedSubscription(final String url, final String title, final Duration pollInterval, final boolean enabled,
                            final Instant added) {
        this(url, title, pollInterval, enabled, added, null, null);
    }

    /**
     * The zone {@code written} names: an IANA id ("Asia/Seoul") or an offset ("+09:00").
     *
     * @throws IllegalArgumentException saying what a zone looks like
     */
    public static ZoneId parseZone(final String written) {
        try {
            return ZoneId.of(written.strip());
        } catch (final DateTimeException e) {
            throw new IllegalArgumentException("'" + written + "' is not a time zone: use an IANA id such as "
                    + "Asia/Seoul or America/Los_Angeles, or an offset such as +09:00", e);
        }
    }
}
