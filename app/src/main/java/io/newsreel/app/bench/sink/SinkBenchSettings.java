package io.newsreel.app.bench.sink;

/**
 * What {@code bench sink} runs with.
 *
 * @param entries articles in the big show's timeline
 * @param otherShows other shows, each with a tenth as many articles, so the big show shares the store
 * @param requests timed HTTP reads of each kind
 * @param pageSize entries per page read
 */
public record SinkBenchSettings(int entries, int otherShows, int requests, int pageSize) {

    /** The API's largest page. */
    static final int MAX_PAGE = 1000;

    public SinkBenchSettings {
        if (entries < 1) {
            throw new IllegalArgumentException("--entries must be at least 1");
        }
        if (otherShows < 0) {
            throw new IllegalArgumentException("--other-shows must not be negative");
        }
        if (requests < 1) {
            throw new IllegalArgumentException("--requests must be at least 1");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE) {
            throw new IllegalArgumentException("--page-size must be within 1.." + MAX_PAGE);
        }
    }

    /** Articles published in all, for every show. */
    int totalArticles() {
        return entries + otherShows * Math.max(1, entries / 10);
    }
}
