package io.newsreel.ingest;

import io.newsreel.contract.event.Article;
import io.newsreel.ingest.dedup.SeenArticles;
import io.newsreel.ingest.fetch.FeedFetcher;
import io.newsreel.ingest.fetch.FetchException;
import io.newsreel.ingest.fetch.FetchResult;
import io.newsreel.ingest.fetch.Validators;
import io.newsreel.ingest.normalize.ArticleNormalizer;
import io.newsreel.ingest.parse.FeedParseException;
import io.newsreel.ingest.parse.FeedParser;
import io.newsreel.ingest.parse.FeedItem;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One poll of one feed: fetch, parse, normalize, and keep what is new or changed. Publishes nothing itself, so the
 * caller decides what to do with the articles and with failures.
 */
public final class FeedPoller {

    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final ArticleNormalizer normalizer;
    private final SeenArticles seen;
    private final Clock clock;

    public FeedPoller(final FeedFetcher fetcher, final FeedParser parser, final ArticleNormalizer normalizer,
                      final SeenArticles seen, final Clock clock) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.normalizer = normalizer;
        this.seen = seen;
        this.clock = clock;
    }

    public Outcome poll(final String feedUrl, final Validators validators) throws FetchException, FeedParseException {
        final FetchResult result = fetcher.fetch(URI.create(feedUrl), validators);
        if (result instanceof FetchResult.Fetched fetched) {
            final List<FeedItem> items = parser.parse(feedUrl, fetched.body()).items();
            return new Outcome(fetched.validators(), items.size(), admitNew(feedUrl, items));
        }
        return new Outcome(validators, 0, List.of());
    }

    private List<SeenArticles.Admitted> admitNew(final String feedUrl, final List<FeedItem> items) {
        final Instant now = clock.instant();
        // A feed may list one story twice; the last listing wins, as it does in a reader.
        final Map<String, Article> byId = new LinkedHashMap<>();
        for (final FeedItem item : items) {
            final Article article = normalizer.normalize(feedUrl, item, now);
            byId.put(article.id(), article);
        }
        return byId.values().stream().map(seen::admit).flatMap(Optional::stream).toList();
    }

    /**
     * What a poll found.
     *
     * @param validators validators for the next poll
     * @param itemCount items the feed listed (0 when unchanged)
     * @param admitted new or changed articles to publish
     */
    public record Outcome(Validators validators, int itemCount, List<SeenArticles.Admitted> admitted) {
    }
}
