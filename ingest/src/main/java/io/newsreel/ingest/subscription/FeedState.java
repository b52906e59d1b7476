package io.newsreel.ingest.subscription;

import io.newsreel.ingest.fetch.Validators;
import java.time.Instant;

/**
 * What ingest knows of one feed between polls.
 *
 * @param validators cache validators from the last successful fetch
 * @param nextPoll when the feed is due again
 * @param consecutiveFailures failed polls since the last success
 * @param lastSuccess time of the last successful poll, or null
 * @param lastError message of the last failure, or null
 */
public record FeedState(Validators validators, Instant nextPoll, int consecutiveFailures, Instant lastSuccess,
                        String lastError) {

    public static FeedState dueAt(final Instant when) {
        return new FeedState(Validators.NONE, when, 0, null, null);
    }

    public FeedState succeeded(final Validators newValidators, final Instant now, final Instant next) {
        return new FeedState(newValidators, next, 0, now, lastError);
    }

    public FeedState failed(final String error, final Instant next) {
        return new FeedState(validators, next, consecutiveFailures + 1, lastSuccess, error);
    }
}
