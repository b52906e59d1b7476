package io.newsreel.sink.release;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every report of one release event of a show, across articles: the unit in which reports are merged and conflicts
 * found. A slot's timeline entries are a function of its reports alone ({@link SlotEntries}).
 *
 * @param showId the show
 * @param slotId which event: see {@link SlotIds}
 * @param reports the reports, ordered by publication time and article id so that the order they arrived in does not
 *                matter
 */
public record ReleaseSlot(String showId, String slotId, List<SlotReport> reports) {

    /** Publication time, then article id. */
    static final Comparator<SlotReport> ORDER = Comparator
            .comparing((SlotReport report) -> report.source().published())
            .thenComparing(report -> report.source().articleId());

    public ReleaseSlot {
        reports = reports == null ? List.of() : List.copyOf(reports);
    }

    public static ReleaseSlot empty(final String showId, final String slotId) {
        return new ReleaseSlot(showId, slotId, List.of());
    }

    /** This slot without the reports of one article. */
    public ReleaseSlot without(final String articleId) {
        return new ReleaseSlot(showId, slotId, reports.stream()
                .filter(report -> !report.source().articleId().equals(articleId)).toList());
    }

    /** This slot with one more report. */
    public ReleaseSlot with(final SlotReport report) {
        final List<SlotReport> all = new ArrayList<>(reports);
        all.add(report);
        all.sort(ORDER);
        return new ReleaseSlot(showId, slotId, all);
    }
}
