package io.newsreel.ingest.publish;

import io.newsreel.contract.event.Article;
import io.newsreel.contract.topic.Topics;
import java.util.List;

/**
 * Keeps an article's record under Kafka's record size limit. Kafka refuses a record over the producer's
 * {@code max.request.size} (and the broker's {@code message.max.bytes}), both 1 MiB by default; a refused record
 * fails its whole transaction, taking every other feed's outcome committed with it, and fails again on every retry.
 * An oversized article (a feed may carry a 5 MB item) is published with its longest texts cut to fit instead.
 */
public final class ArticleSize {

    /** Below the 1 MiB defaults, with room for the record's key, headers and batch overhead. */
    public static final int MAX_RECORD_BYTES = 900 * 1024;

    private ArticleSize() {
    }

    /** The article's record value, with its longest texts cut until it is at most {@code maxBytes}. */
    public static byte[] serialize(final Article article, final int maxBytes) {
        Article fitted = article;
        byte[] bytes = Topics.RAW_ARTICLES.valueSerde().toBytes(fitted);
        while (bytes.length > maxBytes) {
            final Article shorter = shortenLongestText(fitted, 0.9 * maxBytes / bytes.length);
            if (shorter.equals(fitted)) {
                break;
            }
            fitted = shorter;
            bytes = Topics.RAW_ARTICLES.valueSerde().toBytes(fitted);
        }
        return bytes;
    }

    /** The article with its longest text (title, author, summary or body) cut to {@code ratio} of its length. */
    private static Article shortenLongestText(final Article a, final double ratio) {
        final int title = length(a.title());
        final int author = length(a.author());
        final int summary = length(a.summary());
        final int text = length(a.text());
        final int longest = Math.max(Math.max(title, author), Math.max(summary, text));
        if (longest == 0) {
            return a.media().isEmpty() ? a : new Article(a.id(), a.revision(), a.url(), a.feedUrl(), a.title(),
                    a.author(), a.published(), a.publishedEstimated(), a.summary(), a.text(), a.language(),
                    a.firstSeen(), List.of(), a.publishedOffset());
        }
        final int keep = (int) (longest * ratio);
        return new Article(a.id(), a.revision(), a.url(), a.feedUrl(),
                title == longest ? cut(a.title(), keep) : a.title(),
                author == longest && title != longest ? cut(a.author(), keep) : a.author(),
                a.published(), a.publishedEstimated(),
                summary == longest && title != longest && author != longest ? cut(a.summary(), keep) : a.summary(),
                text == longest && title != longest && author != longest && summary != longest
                        ? cut(a.text(), keep) : a.text(),
                a.language(), a.firstSeen(), a.media(), a.publishedOffset());
    }

    private static int length(final String s) {
        return s == null ? 0 : s.length();
    }

    /** The first {@code keep} characters, never splitting a surrogate pair. */
    private static String cut(final String s, final int keep) {
        int end = Math.min(keep, s.length());
        if (end > 0 && end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
