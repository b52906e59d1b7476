package io.newsreel.ingest.subscription;

import io.newsreel.contract.event.FeedStatus;
import io.newsreel.ingest.fetch.Validators;
import java.time.Instant;

/**
 * What ingest knows of one feed between polls; published as {@link FeedStatus} after every poll and restored from
 * it at start-up.
 *
 * @param validators cache validators from the last successful fetch
 * @param nextPoll when the feed is due again
 * @param consecutiveFailures failed polls since the last success
 * @param lastPoll time of the last poll, or null
 * @param lastSuccess time of the last successful poll, or null
 * @param lastError message of the last failure, or null after a success
 * @param lastErrorKind kind of the last failure, or null after a success
 * @param articles articles published from the feed so far
 */
public record FeedState(Validators validators, Instant nextPoll, int consecutiveFailures, Instant lastPoll,
                        Instant lastSuccess, String lastError, String lastErrorKind, long articles) {

    public static FeedState dueAt(final Instant when) {
        return new FeedState(Validators.NONE, when, 0, null, null, null, null, 0);
    }

    /** The state a published status describes, due at once: a restart polls every feed, conditionally. */
    public static FeedState restored(final FeedStatus status, final Instant now) {
        return new FeedState(new Validators(status.etag(), status.lastModified()), now,
                status.consecutiveFailures(), status.lastPoll(), status.lastSuccess(), status.lastError(),
                status.lastErrorKind(), status.articles());
    }

    public FeedState succeeded(final Validators newValidators, final Instant now, final Instant next,
                               final int published) {
        return new FeedState(newValidators, next, 0, now, now, null, null, articles + published);
    }

    public FeedState failed(final String kind, final String error, final Instant now, final Instant next) {
        return new FeedState(validators, next, consecutiveFailures + 1, now, lastSuccess, error, kind, articles);
    }

    public FeedStatus toStatus(final String url) {
        return new FeedStatus(url, lastPoll, lastSuccess, lastError, lastErrorKind, consecutiveFailures, nextPoll,
                validators.etag(), validators.lastModified(), articles);
    }
}
