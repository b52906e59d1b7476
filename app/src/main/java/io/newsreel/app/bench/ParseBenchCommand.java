package io.newsreel.app.bench;

import io.newsreel.contract.event.Article;
import io.newsreel.ingest.FeedReader;
import io.newsreel.ingest.fetch.FeedFetcher;
import io.newsreel.ingest.fetch.FetchSettings;
import io.newsreel.ingest.normalize.ArticleNormalizer;
import io.newsreel.ingest.parse.FeedParseException;
import io.newsreel.ingest.parse.FeedParser;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsreel bench parse}: parse and normalize throughput of one thread, on the synthetic feeds of
 * {@code bench ingest}, without network or Kafka: what one core turns into articles per second.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Measure feed parsing and normalization per core (no network, no Kafka).")
final class ParseBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--feeds", defaultValue = "400", description = "Distinct feeds (default: ${DEFAULT-VALUE}).")
    private int feeds;

    @Option(names = "--items", defaultValue = "20", description = "Items per feed (default: ${DEFAULT-VALUE}).")
    private int items;

    @Option(names = "--warmup-rounds", defaultValue = "3", description = "Rounds before measuring.")
    private int warmupRounds;

    @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Override
    public Integer call() throws FeedParseException {
        final SyntheticFeeds synthetic = new SyntheticFeeds(42, feeds, items, 0);
        final byte[][] bodies = new byte[feeds][];
        long bytes = 0;
        for (int feed = 0; feed < feeds; feed++) {
            bodies[feed] = synthetic.feed(feed, 0);
            bytes += bodies[feed].length;
        }
        final Clock clock = Clock.systemUTC();
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        final PrintWriter out = spec.commandLine().getOut();
        try (FeedFetcher unused = new FeedFetcher(FetchSettings.DEFAULTS, clock)) {
            final FeedReader reader = new FeedReader(unused, new FeedParser(), new ArticleNormalizer(), clock);
            for (int round = 0; round < warmupRounds; round++) {
                readAll(reader, bodies);
            }
            long articles = 0;
            final long cpuStart = threads.getCurrentThreadCpuTime();
            final long wallStart = System.nanoTime();
            for (int round = 0; round < rounds; round++) {
                articles += readAll(reader, bodies);
            }
            final double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            final double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
            final double mebibytes = (double) bytes * rounds / (1024 * 1024);
            out.printf("newsreel bench parse: %d feeds x %d items, %.1f MiB of feed XML per round, %d rounds%n",
                    feeds, items, bytes / (1024.0 * 1024), rounds);
            out.printf("articles per second (one thread)   %,12.0f%n", articles / wallSeconds);
            out.printf("feed MiB per CPU-second            %12.2f%n", mebibytes / cpuSeconds);
            out.printf("microseconds per article (CPU)     %12.1f%n", cpuSeconds * 1e6 / articles);
        }
        out.flush();
        return 0;
    }

    private static long readAll(final FeedReader reader, final byte[][] bodies) throws FeedParseException {
        long articles = 0;
        for (int feed = 0; feed < bodies.length; feed++) {
            final List<Article> read = reader.readBytes("https://bench.example/" + feed + ".xml", bodies[feed], null);
            articles += read.size();
        }
        return articles;
    }
}
