package io.newsreel.sink.release;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How sure the sink is of a fact several articles report. Reports from different outlets are independent
 * evidence, so their doubts multiply; more articles from one outlet add nothing beyond that outlet's surest report,
 * since outlets repeat themselves.
 */
final class Confidence {

    private Confidence() {
    }

    static double combined(final List<SlotReport> reports) {
        final Map<String, Double> surestPerOutlet = new TreeMap<>();
        for (final SlotReport report : reports) {
            surestPerOutlet.merge(String.valueOf(report.source().feedUrl()), report.source().confidence(), Math::max);
        }
        double doubt = 1;
        for (final double confidence : surestPerOutlet.values()) {
            doubt *= 1 - confidence;
        }
        return Math.round((1 - doubt) * 1000) / 1000.0;
    }
}
