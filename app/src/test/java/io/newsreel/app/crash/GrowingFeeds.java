package io.newsreel.app.crash;

import io.newsreel.app.samples.FeedServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Serves the crash articles as RSS feeds on 127.0.0.1, the way publishers do while news comes in: each feed lists
 * every article released to it so far, and articles are released a few at a time on a steady beat. A feed never
 * drops an item, so an ingest that was down for a while still finds everything when it is back.
 */
final class GrowingFeeds implements AutoCloseable {

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final List<CrashArticles.Planted> articles;
    private final List<List<String>> items = new ArrayList<>();
    private final FeedServer server;
    private final ScheduledExecutorService releases = Executors.newSingleThreadScheduledExecutor(runnable -> {
        final Thread thread = new Thread(runnable, "crash-feed-releases");
        thread.setDaemon(true);
        return thread;
    });
    private volatile int released;
    /** How many articles may be out at most, so that a test can keep some back for a later phase. */
    private volatile int cap;

    GrowingFeeds(final List<CrashArticles.Planted> articles, final int feeds) {
        this.articles = articles;
        this.cap = articles.size();
        for (int feed = 0; feed < feeds; feed++) {
            items.add(new ArrayList<>());
        }
        this.server = FeedServer.start(0, Map.of());
        for (int feed = 0; feed < feeds; feed++) {
            server.put(name(feed), render(feed));
        }
    }

    /** The URL of every feed. */
    List<String> urls() {
        return server.urls();
    }

    /** Releases {@code perTick} more articles every {@code tick} until all are out. */
    void startReleasing(final int perTick, final Duration tick) {
        releases.scheduleWithFixedDelay(() -> release(perTick), 0, tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Releases no more than the first {@code total} articles until the cap is raised. */
    void capAt(final int total) {
        cap = Math.min(articles.size(), total);
    }

    /** How many articles the feeds list so far: the first that many of the set. */
    int released() {
        return released;
    }

    boolean allReleased() {
        return released == articles.size();
    }

    private synchronized void release(final int count) {
        final int until = Math.max(released, Math.min(cap, released + count));
        final TreeSet<Integer> touched = new TreeSet<>();
        for (int index = released; index < until; index++) {
            final CrashArticles.Planted article = articles.get(index);
            items.get(article.feed()).add(item(article));
            touched.add(article.feed());
        }
        touched.forEach(feed -> server.put(name(feed), render(feed)));
        released = until;
    }

    private byte[] render(final int feed) {
        final StringBuilder xml = new StringBuilder(1024 + items.get(feed).size() * 1024)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
                .append("<title>Crash Desk ").append(feed).append("</title><link>https://crash.example/</link>");
        // Newest first, as feeds list them.
        for (int item = items.get(feed).size() - 1; item >= 0; item--) {
            xml.append(items.get(feed).get(item));
        }
        return xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String item(final CrashArticles.Planted article) {
        return "\n<item><title>" + escape(article.title()) + "</title>"
                + "<link>" + article.url() + "</link><guid>" + article.url() + "</guid>"
                + "<pubDate>" + RFC_1123.format(article.published()) + "</pubDate>"
                + "<description><![CDATA[" + article.text() + "]]></description></item>";
    }

    private static String escape(final String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String name(final int feed) {
        return "crash-desk-" + feed + ".xml";
    }

    @Override
    public void close() {
        releases.shutdownNow();
        server.close();
    }
}
