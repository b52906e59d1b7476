package io.newsreel.ingest;

import io.newsreel.ingest.dedup.SeenArticles;
import io.newsreel.ingest.fetch.FetchException;
import io.newsreel.ingest.fetch.Validators;
import io.newsreel.ingest.parse.FeedParseException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One poll of one feed: read it and keep what is new or changed. Publishes nothing itself, so the caller decides
 * what to do with the articles and with failures.
 */
public final class FeedPoller {

    private final FeedReader reader;
    private final SeenArticles seen;

    public FeedPoller(final FeedReader reader, final SeenArticles seen) {
        this.reader = reader;
        this.seen = seen;
    }

    /** Reads the feed as {@link FeedReader#read} does and keeps what is new or changed. */
    public Outcome poll(final String feedUrl, final Validators validators, final ZoneId writtenIn)
            throws FetchException, FeedParseException {
        final FeedReader.Reading reading = reader.read(feedUrl, validators, writtenIn);
        final List<SeenArticles.Admitted> admitted = reading.articles().stream()
                .map(seen::admit).flatMap(Optional::stream).toList();
        return new Outcome(reading, admitted);
    }

    /**
     * What a poll found.
     *
     * @param reading the feed as read
     * @param admitted new or changed articles to publish
     */
    public record Outcome(FeedReader.Reading reading, List<SeenArticles.Admitted> admitted) {
    }
}
