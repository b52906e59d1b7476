package io.newsreel.processor.release;

import io.newsreel.contract.event.ReleaseType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The calendar of a run of episodes: the first release day, the cadence after it, and where it stops (after a
 * number of episodes, on a last day, or whichever comes first). The first release is on {@code start} whatever its
 * weekday (premieres often are), with the cadence's opening batch if it has one; the following ones fall on the
 * cadence's weekdays.
 *
 * @param start first release day
 * @param cadence release weekdays and episodes each time; "weekly" with no day repeats start's weekday
 * @param episodes total episodes, or null
 * @param until last possible release day, or null
 */
public record EpisodeSchedule(LocalDate start, Cadence cadence, Integer episodes, LocalDate until) {

    /** Guards against a runaway calendar from a bad stated end: no run is this long. */
    private static final int MAX_EPISODES = 500;
    private static final int MAX_DAYS = 3 * 366;

    public EpisodeSchedule {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(cadence, "cadence");
        if (episodes == null && until == null) {
            throw new IllegalArgumentException("A schedule needs an episode count or a last day");
        }
        if (episodes != null && (episodes < 1 || episodes > MAX_EPISODES)) {
            throw new IllegalArgumentException("Episode count out of range: " + episodes);
        }
        if (until != null && until.isBefore(start)) {
            throw new IllegalArgumentException("Last day " + until + " is before the first " + start);
        }
    }

    /** A schedule when the parts make one: a start, a cadence, and a count or a last day. */
    public static Optional<EpisodeSchedule> of(final LocalDate start, final LocalDate until, final Integer episodes,
                                               final Cadence cadence) {
        if (start == null || cadence == null || episodes == null && until == null
                || episodes != null && (episodes < 1 || episodes > MAX_EPISODES)
                || until != null && until.isBefore(start)) {
            return Optional.empty();
        }
        return Optional.of(new EpisodeSchedule(start, cadence, episodes, until));
    }

    /**
     * The schedule a {@link ReleaseType#SCHEDULE} fact describes: its window runs from the first to the last release
     * day (or its date is the first day), with its episode count and cadence.
     */
    public static Optional<EpisodeSchedule> of(final ReleaseFact fact) {
        if (fact.type() != ReleaseType.SCHEDULE) {
            return Optional.empty();
        }
        final LocalDate start = fact.date() != null ? fact.date() : fact.window() == null ? null : fact.window().from();
        final LocalDate until = fact.window() == null ? null : fact.window().to();
        return Cadence.parse(fact.cadence()).flatMap(cadence -> of(start, until, fact.episodes(), cadence));
    }

    /** Each day on which episodes come out, in order. */
    public List<LocalDate> releaseDays() {
        final List<LocalDate> days = new ArrayList<>();
        final List<DayOfWeek> weekdays = cadence.days().isEmpty() ? List.of(start.getDayOfWeek()) : cadence.days();
        int released = 0;
        LocalDate day = start;
        for (int i = 0; i <= MAX_DAYS && (until == null || !day.isAfter(until))
                && (episodes == null || released < episodes); i++, day = day.plusDays(1)) {
            if (i == 0 || weekdays.contains(day.getDayOfWeek())) {
                released += days.isEmpty() ? opening() : perDrop();
                days.add(day);
            }
        }
        return days;
    }

    /** The release day of every episode: element {@code i} is episode {@code i + 1}'s day. */
    public List<LocalDate> episodeDates() {
        final List<LocalDate> dates = new ArrayList<>();
        for (final LocalDate day : releaseDays()) {
            final int batch = dates.isEmpty() ? opening() : perDrop();
            final int count = episodes == null ? batch : Math.min(batch, episodes - dates.size());
            dates.addAll(Collections.nCopies(count, day));
        }
        return dates;
    }

    private int perDrop() {
        return cadence.perDrop() == null ? 1 : cadence.perDrop();
    }

    private int opening() {
        return cadence.opening() == null ? perDrop() : cadence.opening();
    }
}
