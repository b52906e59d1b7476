package io.newsreel.sink.release;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The reports of one release event of a show, across articles: the unit in which reports are merged and conflicts
 * found. A slot's timeline entries are a function of its reports alone ({@link SlotEntries}).
 *
 * <p>A slot keeps the newest {@link #MAX_REPORTS} reports. A popular show's premiere is reported by thousands of
 * articles over months; a slot that kept them all grew with each and was read and written whole for each new one,
 * and near a thousand reports its store value would outgrow the largest record Kafka takes by default: the sink,
 * unable to store it, would retry that record for ever. The newest reports are also those that know of a
 * postponement. Reports arriving in any order leave the same slot; only a report withdrawn (its article revised or
 * retracted) from a full slot does not bring back an older one that was let go.
 *
 * @param showId the show
 * @param slotId which event: see {@link SlotIds}
 * @param reports the reports, ordered by publication time and article id so that the order they arrived in does not
 *                matter
 */
public record ReleaseSlot(String showId, String slotId, List<SlotReport> reports) {

    /** The most reports a slot keeps: at about a kilobyte each, a slot stays far below Kafka's record limit. */
    public static final int MAX_REPORTS = 100;

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

    /** This slot with one more report, and without its oldest when it is then over {@link #MAX_REPORTS}. */
    public ReleaseSlot with(final SlotReport report) {
        final List<SlotReport> all = new ArrayList<>(reports);
        all.add(report);
        all.sort(ORDER);
        return new ReleaseSlot(showId, slotId, all.subList(Math.max(0, all.size() - MAX_REPORTS), all.size()));
    }
}
