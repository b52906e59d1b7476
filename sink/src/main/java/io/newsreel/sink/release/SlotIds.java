package io.newsreel.sink.release;

import io.newsreel.contract.event.DateWindow;
import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.ReleaseType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names the slots a release report feeds. A premiere or finale happens once per season, so all its reports share
 * one slot whatever date they give, and reports that disagree on the date can be flagged as a conflict. Other facts
 * (casting news, new episodes, a press conference) can happen many times, so their slot includes the day. A report
 * that states a whole schedule also feeds the season's episode calendar.
 */
public final class SlotIds {

    private static final Set<ReleaseType> ONCE_PER_SEASON = EnumSet.of(ReleaseType.PREMIERE, ReleaseType.FINALE);
    private static final String EPISODES = "episodes";

    private SlotIds() {
    }

    /** The ids of the slots an event feeds: its own, and the season's episode calendar when it states one. */
    public static List<String> of(final ReleaseEvent event) {
        final List<String> ids = new ArrayList<>(2);
        final String fact = season(event.season()) + ":" + event.type().name().toLowerCase(Locale.ROOT);
        ids.add(isOncePerSeason(event.type()) ? fact : fact + ":" + when(event.date(), event.dateWindow()));
        if (!event.episodeDates().isEmpty()) {
            ids.add(season(event.season()) + ":" + EPISODES);
        }
        return ids;
    }

    /** Whether the slot holds a season's episode calendar rather than one fact. */
    public static boolean isEpisodeCalendar(final String slotId) {
        return slotId.endsWith(":" + EPISODES);
    }

    static boolean isOncePerSeason(final ReleaseType type) {
        return ONCE_PER_SEASON.contains(type);
    }

    /** The id of a timeline entry for a fact on a day or in a window. */
    static String releaseEntryId(final Integer season, final ReleaseType type, final LocalDate date,
                                 final DateWindow window) {
        return "release:" + season(season) + ":" + type.name().toLowerCase(Locale.ROOT) + ":" + when(date, window);
    }

    /** The id of a timeline entry for a day of a season's episode calendar. */
    static String episodeEntryId(final Integer season, final LocalDate day) {
        return "episode:" + season(season) + ":" + day;
    }

    private static String season(final Integer season) {
        return "s" + (season == null ? "-" : season.toString());
    }

    private static String when(final LocalDate date, final DateWindow window) {
        return date != null ? date.toString() : window.from() + ".." + window.to();
    }
}
