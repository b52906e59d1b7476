package io.newsreel.contract.event;

import java.time.LocalDate;
import java.util.List;

/**
 * A release fact as a timeline shows it: what every article reporting it agrees on, with all of them as sources.
 *
 * @param season season number, or null when no report names one
 * @param type kind of fact; {@link ReleaseType#NEW_EPISODES} on episode entries
 * @param date the day, or null when only a window is known
 * @param dateWindow the span of days when only a month or season is known, else null
 * @param platform the platform most sources name, or null
 * @param episodes the episode count most sources state, or null
 * @param cadence the cadence most sources state, or null
 * @param firstEpisode on an episode entry, the first episode out that day; else null
 * @param lastEpisode on an episode entry, the last episode out that day; else null
 * @param confidence that the fact is true, from its sources' confidences taken together, between 0 and 1
 * @param conflict true when sources disagree on when this event happens: every side of the disagreement is an entry
 *                 of its own, each flagged
 * @param sources the articles that report it, oldest first
 */
public record TimelineRelease(
        Integer season,
        ReleaseType type,
        LocalDate date,
        DateWindow dateWindow,
        String platform,
        Integer episodes,
        String cadence,
        Integer firstEpisode,
        Integer lastEpisode,
        double confidence,
        boolean conflict,
        List<ReleaseSource> sources) {

    public TimelineRelease {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
