package io.newsreel.processor.retag;

import java.time.Duration;
import java.util.Map;

/**
 * What a re-tag did.
 *
 * @param filter the articles it looked at
 * @param dryRun whether it published nothing
 * @param catalogEntries shows and persons in the catalog it tagged with
 * @param articles articles on {@code raw-articles} (latest revisions)
 * @param outOfRange articles published before {@code --since}
 * @param untagged articles the processor has not tagged yet, left to it
 * @param pending articles whose latest revision the processor has not tagged yet, left to it
 * @param failed articles the tagger failed on (logged)
 * @param retagged articles run through the tagger
 * @param scanned re-tagged articles the show filter kept
 * @param changed scanned articles whose tags changed
 * @param changes changes by kind
 * @param published changed articles published (0 in a dry run)
 * @param transactions transactions committed
 * @param unreadable records of {@code raw-articles} that could not be read (logged)
 * @param elapsed the whole run, from reading the catalog to the last commit
 * @param setup the part of it spent reading the catalog and building the tagger
 * @param tagging the part of it spent in the tagger
 */
public record RetagReport(RetagFilter filter, boolean dryRun, int catalogEntries, long articles, long outOfRange,
                          long untagged, long pending, long failed, long retagged, long scanned, long changed,
                          Map<ChangeKind, Long> changes, long published, long transactions, long unreadable,
                          Duration elapsed, Duration setup, Duration tagging) {

    public RetagReport {
        changes = Map.copyOf(changes);
    }

    /** The re-tag rate: articles through the tagger per second of the whole run. */
    public double articlesPerSecond() {
        return perSecond(retagged, elapsed);
    }

    /** Articles per second of tagger time alone. */
    public double taggerArticlesPerSecond() {
        return perSecond(retagged, tagging);
    }

    private static double perSecond(final long count, final Duration time) {
        return time.isZero() ? 0 : count * 1e9 / time.toNanos();
    }
}
