package io.newsreel.sink.release;

import io.newsreel.contract.event.EntryKind;
import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.ReleaseSource;
import io.newsreel.contract.event.ReleaseType;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.contract.event.TimelineRelease;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The timeline entries of a release slot, as a function of its reports alone, so that replaying the same reports in
 * any order gives the same entries.
 *
 * <p>Reports of one fact on one day merge into one entry listing every source the slot keeps. Reports of a
 * once-per-season event that disagree on its day become one entry per day, each flagged as a conflict; a report that
 * gives only a window ("in March") joins a reported day inside it rather than contradicting it. An episode calendar
 * slot draws one entry per release day from the schedule most reports state.
 */
public final class SlotEntries {

    private SlotEntries() {
    }

    public static List<TimelineEntry> of(final ReleaseSlot slot) {
        if (slot.reports().isEmpty()) {
            return List.of();
        }
        return SlotIds.isEpisodeCalendar(slot.slotId()) ? episodes(slot) : facts(slot);
    }

    private static List<TimelineEntry> facts(final ReleaseSlot slot) {
        final Map<When, List<SlotReport>> byWhen = new TreeMap<>();
        for (final SlotReport report : slot.reports()) {
            byWhen.computeIfAbsent(When.of(report.event()), when -> new ArrayList<>()).add(report);
        }
        final ReleaseEvent first = slot.reports().get(0).event();
        if (SlotIds.isOncePerSeason(first.type())) {
            foldWindowsIntoDays(byWhen);
        }
        final boolean conflict = byWhen.size() > 1;
        final List<TimelineEntry> entries = new ArrayList<>();
        byWhen.forEach((when, reports) -> {
            final TimelineRelease release = new TimelineRelease(first.season(), first.type(), when.date(),
                    when.window(), mostStated(reports, ReleaseEvent::platform),
                    mostStated(reports, ReleaseEvent::episodes), mostStated(reports, ReleaseEvent::cadence), null,
                    null, Confidence.combined(reports), conflict, sources(reports));
            entries.add(new TimelineEntry(slot.showId(),
                    SlotIds.releaseEntryId(first.season(), first.type(), when.date(), when.window()),
                    EntryKind.RELEASE, when.start(), null, release, List.of()));
        });
        return entries;
    }

    /** Moves the reports of each window that contains a reported day to the best-supported such day. */
    private static void foldWindowsIntoDays(final Map<When, List<SlotReport>> byWhen) {
        final List<When> windows = byWhen.keySet().stream().filter(when -> when.window() != null).toList();
        for (final When window : windows) {
            byWhen.keySet().stream()
                    .filter(when -> when.date() != null && window.contains(when.date()))
                    .max(Comparator.comparingInt((When day) -> byWhen.get(day).size())
                            .thenComparing(Comparator.reverseOrder()))
                    .ifPresent(day -> {
                        final List<SlotReport> merged = new ArrayList<>(byWhen.get(day));
                        merged.addAll(byWhen.remove(window));
                        merged.sort(ReleaseSlot.ORDER);
                        byWhen.put(day, merged);
                    });
        }
    }

    private static List<TimelineEntry> episodes(final ReleaseSlot slot) {
        final Map<List<LocalDate>, List<SlotReport>> bySchedule = new LinkedHashMap<>();
        for (final SlotReport report : slot.reports()) {
            bySchedule.computeIfAbsent(report.event().episodeDates(), dates -> new ArrayList<>()).add(report);
        }
        final Map.Entry<List<LocalDate>, List<SlotReport>> chosen = bySchedule.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<List<LocalDate>, List<SlotReport>> schedule) ->
                                schedule.getValue().size())
                        .thenComparingDouble(schedule -> Confidence.combined(schedule.getValue()))
                        .thenComparing(schedule -> schedule.getKey().get(0), Comparator.reverseOrder()))
                .orElseThrow();
        final List<LocalDate> dates = chosen.getKey();
        final List<SlotReport> reports = chosen.getValue();
        final Integer season = reports.get(0).event().season();
        final boolean conflict = bySchedule.size() > 1;
        final List<TimelineEntry> entries = new ArrayList<>();
        int first = 0;
        while (first < dates.size()) {
            final LocalDate day = dates.get(first);
            int next = first + 1;
            while (next < dates.size() && dates.get(next).equals(day)) {
                next++;
            }
            final TimelineRelease release = new TimelineRelease(season, ReleaseType.NEW_EPISODES, day, null,
                    mostStated(reports, ReleaseEvent::platform), dates.size(),
                    mostStated(reports, ReleaseEvent::cadence), first + 1, next, Confidence.combined(reports),
                    conflict, sources(reports));
            entries.add(new TimelineEntry(slot.showId(), SlotIds.episodeEntryId(season, day), EntryKind.EPISODE,
                    When.startOf(day), null, release, List.of()));
            first = next;
        }
        return entries;
    }

    /** The value most reports state, the earliest report's on a tie; null when none states one. */
    private static <T> T mostStated(final List<SlotReport> reports, final Function<ReleaseEvent, T> field) {
        final Map<T, Integer> counts = new LinkedHashMap<>();
        reports.stream().map(report -> field.apply(report.event())).filter(Objects::nonNull)
                .forEach(value -> counts.merge(value, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static List<ReleaseSource> sources(final List<SlotReport> reports) {
        return reports.stream().map(SlotReport::source).toList();
    }
}
