package io.newsreel.processor.release;

import io.newsreel.contract.event.DateWindow;
import io.newsreel.contract.event.Evidence;
import io.newsreel.contract.event.ReleaseType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Completes each cadence with what the rest of the article says and draws its calendar. An article often spreads a
 * run over several sentences ("The six-part series premieres December 6. Two episodes drop every Wednesday."):
 * a schedule missing its start or its episode count takes them from the nearest fact that has them, preferring one
 * before it. When the run has an end, the schedule fact spans first to last release day, and a
 * {@link ReleaseType#FINALE} fact is derived for the last day unless the article states a dated finale itself.
 */
final class ScheduleDeriver {

    static final String DERIVED_FINALE = "release:derived-finale";

    private ScheduleDeriver() {
    }

    static List<ReleaseFact> derive(final List<SentenceResult> sentences) {
        final List<ReleaseFact> stated = new ArrayList<>();
        boolean finaleStated = false;
        for (final SentenceResult sentence : sentences) {
            for (final ReleaseFact fact : sentence.facts()) {
                stated.add(fact);
                finaleStated |= fact.type() == ReleaseType.FINALE && (fact.date() != null || fact.window() != null);
            }
        }
        final List<ReleaseFact> facts = new ArrayList<>();
        for (final SentenceResult sentence : sentences) {
            facts.addAll(sentence.facts());
            if (sentence.schedule() != null) {
                facts.addAll(schedule(sentence.schedule(), stated, finaleStated));
            }
        }
        return facts;
    }

    private static List<ReleaseFact> schedule(final ScheduleDraft draft, final List<ReleaseFact> stated,
                                              final boolean finaleStated) {
        final int position = draft.evidence().start();
        LocalDate start = draft.start();
        if (start == null && draft.startWindow() == null) {
            start = nearest(stated, position, ReleaseFact::runStart).orElse(null);
        }
        final Integer episodes = draft.counts().episodes() != null ? draft.counts().episodes()
                : nearest(stated, position, ReleaseFact::episodes).orElse(null);
        final Optional<EpisodeSchedule> calendar = EpisodeSchedule.of(start, draft.until(), episodes,
                draft.cadence());
        final boolean ownStart = draft.startPrecision() != null;
        final double confidence = ownStart && calendar.isEmpty() ? draft.startPrecision().confidence(true)
                : start != null ? Precision.DERIVED : draft.startWindow() != null ? Precision.WINDOW.confidence(true)
                : Precision.NO_TIME;
        final List<LocalDate> episodeDates = calendar.map(EpisodeSchedule::episodeDates).orElse(List.of());
        // Every release day gets at least one episode, so the last episode's day is the last release day.
        final LocalDate finale = episodeDates.isEmpty() ? null : episodeDates.get(episodeDates.size() - 1);
        final DateWindow window = finale != null && finale.isAfter(start) ? new DateWindow(start, finale)
                : draft.startWindow();
        final LocalDate date = window == null ? start : null;
        final List<ReleaseFact> facts = new ArrayList<>(2);
        facts.add(new ReleaseFact(ReleaseType.SCHEDULE, date, window, draft.platform(), episodes,
                draft.cadence().text(), episodeDates,
                draft.counts().season(), draft.counts().part(), draft.evidence(), confidence));
        if (finale != null && !finaleStated) {
            final Evidence evidence = new Evidence(draft.evidence().text(), draft.evidence().start(),
                    draft.evidence().end(), DERIVED_FINALE);
            facts.add(new ReleaseFact(ReleaseType.FINALE, finale, null, draft.platform(), episodes, null, List.of(),
                    draft.counts().season(), draft.counts().part(), evidence, Precision.DERIVED));
        }
        return facts;
    }

    /** The value of the nearest fact before {@code position} that has one, else of the first after it. */
    private static <T> Optional<T> nearest(final List<ReleaseFact> facts, final int position,
                                           final Function<ReleaseFact, T> value) {
        T before = null;
        for (final ReleaseFact fact : facts) {
            final T candidate = value.apply(fact);
            if (candidate == null) {
                continue;
            }
            if (fact.evidence().start() > position) {
                return Optional.of(before != null ? before : candidate);
            }
            before = candidate;
        }
        return Optional.ofNullable(before);
    }
}
