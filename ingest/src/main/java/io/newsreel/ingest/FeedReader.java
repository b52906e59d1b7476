package io.newsreel.ingest;

import io.newsreel.contract.event.Article;
import io.newsreel.ingest.fetch.FeedFetcher;
import io.newsreel.ingest.fetch.FetchException;
import io.newsreel.ingest.fetch.FetchResult;
import io.newsreel.ingest.fetch.Validators;
import io.newsreel.ingest.normalize.ArticleNormalizer;
import io.newsreel.ingest.parse.FeedItem;
import io.newsreel.ingest.parse.FeedParseException;
import io.newsreel.ingest.parse.FeedParser;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one feed into normalized articles: fetch, parse, normalize. The same path serves the ingest service and
 * the one-shot {@code newsreel fetch}; it publishes nothing and remembers nothing.
 */
public final class FeedReader {

    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final ArticleNormalizer normalizer;
    private final Clock clock;

    public FeedReader(final FeedFetcher fetcher, final FeedParser parser, final ArticleNormalizer normalizer,
                      final Clock clock) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.normalizer = normalizer;
        this.clock = clock;
    }

    /**
     * Fetches and reads a feed; {@link Reading#unchanged()} when the server answers 304.
     *
     * @param writtenIn the zone the outlet writes in, for items dated in UTC; null to go by the feed's offsets alone
     */
    public Reading read(final String feedUrl, final Validators validators, final ZoneId writtenIn)
            throws FetchException, FeedParseException {
        final FetchResult result = fetcher.fetch(URI.create(feedUrl), validators);
        if (result instanceof FetchResult.Fetched fetched) {
            final List<FeedItem> items = parser.parse(feedUrl, fetched.body(), fetched.contentType()).items();
            return new Reading(false, fetched.validators(),
                    fetched.movedPermanently() ? fetched.uri().toString() : null, items.size(),
                    normalize(feedUrl, items, writtenIn));
        }
        return new Reading(true, validators, null, 0, List.of());
    }

    /** Reads feed bytes that did not come over HTTP (a file named on the command line). */
    public List<Article> readBytes(final String feedUrl, final byte[] bytes, final ZoneId writtenIn)
            throws FeedParseException {
        return normalize(feedUrl, parser.parse(feedUrl, bytes, null).items(), writtenIn);
    }

    private List<Article> normalize(final String feedUrl, final List<FeedItem> items, final ZoneId writtenIn) {
        final Instant now = clock.instant();
        // A feed may list one story twice; the last listing wins, as it does in a reader.
        final Map<String, Article> byId = new LinkedHashMap<>();
        for (final FeedItem item : items) {
            final Article article = normalizer.normalize(feedUrl, item, now, writtenIn);
            byId.put(article.id(), article);
        }
        return List.copyOf(byId.values());
    }

    /**
     * What one read found.
     *
     * @param unchanged true when the server said nothing changed since the validators sent
     * @param validators validators for the next read
     * @param movedTo the feed's new URL when every redirect on the way was permanent, else null
     * @param itemCount items the feed listed
     * @param articles its articles, one per id
     */
    public record Reading(boolean unchanged, Validators validators, String movedTo, int itemCount,
                          List<Article> articles) {
    }
}
