package io.newsreel.app.bench;

import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.processor.catalog.Catalog;
import io.newsreel.processor.match.Tagger;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs {@code newsreel bench tag}: generates the catalog and the articles, builds the tagger once, warms it up and
 * measures rounds of tagging every article on this one thread. CPU time and allocation are this thread's own
 * ({@link com.sun.management.ThreadMXBean}), so JIT and GC threads are not counted; GC is reported beside them.
 */
final class TagBench {

    private static final double MB = 1_000_000.0;

    private final TagBenchResult.Settings settings;
    private final PrintWriter progress;
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    TagBench(final TagBenchResult.Settings settings, final PrintWriter progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** The run's figures, and the last round's tags of every article (for {@code --print-article}). */
    record Outcome(TagBenchResult result, List<SyntheticArticles.Planted> articles, TaggedArticle[] tagged) {
    }

    Outcome run() {
        final Instant startedAt = Instant.now();
        long start = System.nanoTime();
        final SyntheticCatalog synthetic = SyntheticCatalog.generate(settings.seed(), settings.shows(),
                settings.persons());
        final TagBenchResult.CatalogSize catalogSize = new TagBenchResult.CatalogSize(synthetic.shows().size(),
                synthetic.persons().size(), synthetic.showAliases(), synthetic.personAliases(), synthetic.credits(),
                synthetic.characters(), synthetic.sharedNamePersons(), Units.seconds(System.nanoTime() - start));
        start = System.nanoTime();
        final List<SyntheticArticles.Planted> planted = SyntheticArticles.generate(synthetic, settings.seed(),
                settings.articles());
        final Article[] articles = planted.stream().map(SyntheticArticles.Planted::article).toArray(Article[]::new);
        final long textBytes = planted.stream().mapToLong(SyntheticArticles.Planted::textBytes).sum();
        final TagBenchResult.ArticleSet articleSet = new TagBenchResult.ArticleSet(articles.length, textBytes / MB,
                (double) textBytes / articles.length, Units.seconds(System.nanoTime() - start));
        log("generated %,d shows, %,d persons and %,d articles (%.1f MB of text) in %.1f s", catalogSize.shows(),
                catalogSize.persons(), articles.length, articleSet.textMB(),
                catalogSize.generateSeconds() + articleSet.generateSeconds());

        final List<CatalogEntry> entries = synthetic.entries();
        final long heapBefore = usedAfterGc();
        final long buildCpu = threads.getCurrentThreadCpuTime();
        final long buildAllocated = threads.getCurrentThreadAllocatedBytes();
        start = System.nanoTime();
        final Tagger tagger = new Tagger(Catalog.of(entries), "bench");
        final double buildSeconds = Units.seconds(System.nanoTime() - start);
        final double buildCpuSeconds = Units.seconds(threads.getCurrentThreadCpuTime() - buildCpu);
        final long allocated = threads.getCurrentThreadAllocatedBytes() - buildAllocated;
        final long heapAfter = usedAfterGc();
        final TagBenchResult.Build build = new TagBenchResult.Build(buildSeconds, buildCpuSeconds,
                Units.mebibytes(allocated), Units.mebibytes(heapBefore), Units.mebibytes(heapAfter),
                Units.mebibytes(heapAfter - heapBefore));
        log("built the tagger in %.1f s; it holds %.0f MiB of heap", buildSeconds, build.heapHeldMiB());
        final ReferenceScan reference = new ReferenceScan(synthetic, articles);

        final TaggedArticle[] tagged = new TaggedArticle[articles.length];
        for (int round = 1; round <= settings.warmupRounds(); round++) {
            start = System.nanoTime();
            tagAll(tagger, articles, tagged);
            reference.scanAll();
            log("warm-up round %d of %d: %.1f s", round, settings.warmupRounds(),
                    Units.seconds(System.nanoTime() - start));
        }
        final List<TagBenchResult.Round> rounds = new ArrayList<>();
        for (int round = 1; round <= settings.rounds(); round++) {
            rounds.add(measure(round, tagger, articles, tagged, reference, textBytes));
            log("round %d of %d: %,.0f articles/s, %.2f MB/s per core, %.1f reference scans", round,
                    settings.rounds(), rounds.get(round - 1).articlesPerSecond(),
                    rounds.get(round - 1).mbPerCpuSecond(), rounds.get(round - 1).costInReferenceScans());
        }
        Reference.reachabilityFence(tagger);
        final TagBenchResult result = new TagBenchResult("tag", startedAt, Machine.current(), settings, catalogSize,
                articleSet, build, reference.phrases(), rounds, total(rounds, textBytes),
                TagBenchTally.of(planted, tagged));
        return new Outcome(result, planted, tagged);
    }

    private TagBenchResult.Round measure(final int round, final Tagger tagger, final Article[] articles,
                                         final TaggedArticle[] tagged, final ReferenceScan reference,
                                         final long textBytes) {
        final long gcCount = gcCount();
        final long gcMillis = gcMillis();
        final long allocated = threads.getCurrentThreadAllocatedBytes();
        final long cpu = threads.getCurrentThreadCpuTime();
        final long wall = System.nanoTime();
        tagAll(tagger, articles, tagged);
        final double wallSeconds = Units.seconds(System.nanoTime() - wall);
        final double cpuSeconds = Units.seconds(threads.getCurrentThreadCpuTime() - cpu);
        final long allocatedBytes = threads.getCurrentThreadAllocatedBytes() - allocated;
        final long gcs = gcCount() - gcCount;
        final long gcTime = gcMillis() - gcMillis;
        final long scanCpu = threads.getCurrentThreadCpuTime();
        reference.scanAll();
        final double scanSeconds = Units.seconds(threads.getCurrentThreadCpuTime() - scanCpu);
        return new TagBenchResult.Round(round, articles.length, wallSeconds, cpuSeconds,
                Units.perSecond(articles.length, wallSeconds), Units.perSecond(textBytes / MB, cpuSeconds),
                cpuSeconds * 1e6 / articles.length, allocatedBytes / 1024.0 / articles.length, gcs, gcTime,
                scanSeconds, Units.perSecond(textBytes / MB, scanSeconds), cpuSeconds / scanSeconds);
    }

    private static TagBenchResult.Round total(final List<TagBenchResult.Round> rounds, final long textBytes) {
        final long articles = rounds.stream().mapToLong(TagBenchResult.Round::articles).sum();
        final double wall = rounds.stream().mapToDouble(TagBenchResult.Round::wallSeconds).sum();
        final double cpu = rounds.stream().mapToDouble(TagBenchResult.Round::cpuSeconds).sum();
        final double allocatedKiB = rounds.stream().mapToDouble(r -> r.allocatedKiBPerArticle() * r.articles())
                .sum();
        final double scan = rounds.stream().mapToDouble(TagBenchResult.Round::referenceCpuSeconds).sum();
        final double text = textBytes * (double) rounds.size() / MB;
        return new TagBenchResult.Round(0, articles, wall, cpu, Units.perSecond(articles, wall),
                Units.perSecond(text, cpu), cpu * 1e6 / articles, allocatedKiB / articles,
                rounds.stream().mapToLong(TagBenchResult.Round::gcCount).sum(),
                rounds.stream().mapToLong(TagBenchResult.Round::gcMillis).sum(), scan, Units.perSecond(text, scan),
                cpu / scan);
    }

    private static void tagAll(final Tagger tagger, final Article[] articles, final TaggedArticle[] tagged) {
        for (int i = 0; i < articles.length; i++) {
            tagged[i] = tagger.tag(articles[i]);
        }
    }

    /** Heap in use once full collections have run: what is live. */
    private long usedAfterGc() {
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private void log(final String format, final Object... args) {
        progress.printf(Locale.ROOT, format + "%n", args);
        progress.flush();
    }
}
