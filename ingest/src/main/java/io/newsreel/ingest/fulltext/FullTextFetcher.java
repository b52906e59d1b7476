package io.newsreel.ingest.fulltext;

import io.newsreel.contract.event.Article;
import io.newsreel.ingest.fetch.FeedFetcher;
import io.newsreel.ingest.fetch.FetchException;
import io.newsreel.ingest.fetch.FetchResult;
import io.newsreel.ingest.fetch.Validators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a short feed text with the main text of the article's page, fetched with the same limits and address
 * rules as feeds. A page that cannot be fetched or yields less text leaves the article as the feed gave it.
 */
public final class FullTextFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(FullTextFetcher.class);

    private final FeedFetcher fetcher;
    private final FullTextSettings settings;

    public FullTextFetcher(final FeedFetcher fetcher, final FullTextSettings settings) {
        this.fetcher = fetcher;
        this.settings = settings;
    }

    /** Whether this article, from a feed with the given preference (null: the default), needs its page. */
    public boolean wants(final Article article, final Boolean feedPreference) {
        final boolean enabled = feedPreference != null ? feedPreference : settings.enabled();
        final int length = article.text() == null ? 0 : article.text().length();
        return enabled && length < settings.minChars() && article.url() != null;
    }

    public Article enrich(final Article article) {
        try {
            final FetchResult result = fetcher.fetch(URI.create(article.url()), Validators.NONE);
            if (!(result instanceof FetchResult.Fetched page)) {
                return article;
            }
            final String text = MainTextExtractor.extract(Jsoup.parse(new ByteArrayInputStream(page.body()),
                    charset(page.contentType()), page.uri().toString()));
            final int known = article.text() == null ? 0 : article.text().length();
            if (text.length() <= known) {
                return article;
            }
            return article.withText(text);
        } catch (final FetchException | IOException | IllegalArgumentException e) {
            LOG.warn("Full text of {} not fetched, keeping the feed's text: {}", article.url(), e.getMessage());
            return article;
        }
    }

    /** The charset a Content-Type names, or null to let jsoup read it from the page itself. */
    private static String charset(final String contentType) {
        if (contentType == null) {
            return null;
        }
        for (final String part : contentType.split(";")) {
            final String parameter = part.strip();
            if (parameter.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                final String name = parameter.substring("charset=".length()).replace("\"", "").strip();
                try {
                    return Charset.forName(name).name();
                } catch (final IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
