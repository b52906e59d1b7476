package io.newsreel.processor.release;

import io.newsreel.contract.event.DateWindow;
import io.newsreel.contract.event.Evidence;
import io.newsreel.contract.event.ReleaseType;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One release fact stated in an article, not yet tied to a show (the tagger assigns it to the show named in or near
 * its sentence).
 *
 * @param type what happens
 * @param date the day, when the text names one; else null
 * @param window the span, when the text names only a month, a season or a week; else null. Never both with date;
 *               both null when the sentence states no time
 * @param platform display name of the streaming platform or network ("Disney+", "tvN"), or null
 * @param episodes total episode count, or null
 * @param cadence normalized release cadence ({@link Cadence#text()}), on schedule facts; else null
 * @param episodeDates on a schedule fact whose calendar could be drawn, the release day of every episode (element
 *                     {@code i} is episode {@code i + 1}'s); else empty
 * @param season season number ("Season 2", "a second season"), or null
 * @param part part number ("Part 2"), or null; a part is not a season
 * @param evidence the sentence the fact came from, offsets into the extracted text, rule {@code release:<rule>}
 * @param confidence between 0 and 1
 */
public record ReleaseFact(ReleaseType type, LocalDate date, DateWindow window, String platform, Integer episodes,
                          String cadence, List<LocalDate> episodeDates, Integer season, Integer part,
                          Evidence evidence, double confidence) {

    public ReleaseFact {
        episodeDates = episodeDates == null ? List.of() : List.copyOf(episodeDates);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
        if (date != null && window != null) {
            throw new IllegalArgumentException("A fact has a date or a window, not both");
        }
    }

    /** The day a run of episodes starts on, when this fact gives one (a dated premiere or new episodes); else null. */
    LocalDate runStart() {
        return date != null && (type == ReleaseType.PREMIERE || type == ReleaseType.NEW_EPISODES) ? date : null;
    }
}
