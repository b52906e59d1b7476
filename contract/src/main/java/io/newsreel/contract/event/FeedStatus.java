package io.newsreel.contract.event;

import java.time.Instant;

/**
 * A feed's health and polling state as ingest last left it, on the compacted {@code feed-status} topic keyed by
 * feed URL. Ingest restores its cache validators from here after a restart, so an unchanged feed still costs a 304.
 *
 * @param url feed URL
 * @param lastPoll when it was last polled
 * @param lastSuccess when a poll last succeeded, or null
 * @param lastError message of the last failure, or null once a poll succeeds again
 * @param lastErrorKind kind of the last failure, or null
 * @param consecutiveFailures failed polls since the last success
 * @param nextPoll when it is due again
 * @param etag the last {@code ETag}, or null
 * @param lastModified the last {@code Last-Modified}, or null
 * @param articles articles published from this feed so far
 */
public record FeedStatus(
        String url,
        Instant lastPoll,
        Instant lastSuccess,
        String lastError,
        String lastErrorKind,
        int consecutiveFailures,
        Instant nextPoll,
        String etag,
        String lastModified,
        long articles) {
}
