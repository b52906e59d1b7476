package io.newsreel.processor.retag;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A re-tag in words: one line per change of an article, and a summary ending with the re-tag rate. */
public final class RetagText {

    private static final int KIND_WIDTH = Arrays.stream(ChangeKind.values())
            .mapToInt(kind -> kind.label().length()).max().orElse(0);

    private RetagText() {
    }

    /** One line per change, e.g. {@code person moved  a1  steve-noh (Steve Noh) -> noh-sang-hyun (...) at "..."}. */
    public static List<String> lines(final ArticleDiff diff) {
        return diff.changes().stream().map(change -> line(diff.articleId(), change)).toList();
    }

    static String line(final String articleId, final TagChange change) {
        final String what;
        if (change.before() != null && change.after() != null && !change.before().equals(change.after())) {
            what = change.before() + " -> " + change.after();
        } else {
            what = change.after() != null ? change.after() : change.before();
        }
        return String.format(Locale.ROOT, "%-" + KIND_WIDTH + "s  %s  %s%s", change.kind().label(), articleId,
                what, change.note().isEmpty() ? "" : " " + change.note());
    }

    /** The summary printed at the end of every run. */
    public static List<String> summary(final RetagReport report) {
        final List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Catalog: %,d entries. Articles: %,d (latest revisions)%s.",
                report.catalogEntries(), report.articles(), report.outOfRange() == 0 ? ""
                        : String.format(Locale.ROOT, ", %,d published before %s", report.outOfRange(),
                        report.filter().since())));
        lines.add(String.format(Locale.ROOT, "Scanned %s (%s): %,d changed, %,d unchanged.",
                count(report.scanned(), "article"), report.filter().describe(), report.changed(),
                report.scanned() - report.changed()));
        if (!report.changes().isEmpty()) {
            lines.add("Changes: " + byKind(report.changes()) + ".");
        }
        if (report.untagged() + report.pending() > 0) {
            lines.add(String.format(Locale.ROOT,
                    "Left to the processor: %,d not tagged yet, %,d not tagged at their latest revision.",
                    report.untagged(), report.pending()));
        }
        if (report.failed() + report.unreadable() > 0) {
            lines.add(String.format(Locale.ROOT, "Skipped (see the log): %,d the tagger failed on, %,d unreadable "
                    + "records.", report.failed(), report.unreadable()));
        }
        lines.add(report.dryRun() ? "Dry run: nothing published."
                : "Published " + count(report.published(), "article") + " in "
                + count(report.transactions(), "transaction") + ".");
        lines.add(String.format(Locale.ROOT, "Re-tag rate: %s in %.2f s, %,.1f articles per second (catalog read "
                        + "and tagger built in %.2f s; tagger alone %,.1f articles per second).",
                count(report.retagged(), "article"), seconds(report.elapsed()), report.articlesPerSecond(),
                seconds(report.setup()), report.taggerArticlesPerSecond()));
        return lines;
    }

    private static double seconds(final Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static String count(final long count, final String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", count, noun, count == 1 ? "" : "s");
    }

    private static String byKind(final Map<ChangeKind, Long> changes) {
        final List<String> parts = new ArrayList<>();
        for (final ChangeKind kind : ChangeKind.values()) {
            final Long count = changes.get(kind);
            if (count != null) {
                parts.add(String.format(Locale.ROOT, "%,d %s", count, kind.label()));
            }
        }
        return String.join(", ", parts);
    }
}
