package io.newsreel.sink.export;

import io.newsreel.contract.event.EntryKind;
import io.newsreel.contract.event.ReleaseType;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.contract.event.TimelineRelease;
import java.util.Locale;

/** Short English names of release entries, as a calendar or a feed titles them: "season 2 premiere". */
final class ReleaseLabels {

    private ReleaseLabels() {
    }

    /** What happens: "premiere", "episodes 3–4", "season 2 finale". */
    static String describe(final TimelineEntry entry) {
        final TimelineRelease release = entry.release();
        final String what = entry.kind() == EntryKind.EPISODE || release.type() == ReleaseType.NEW_EPISODES
                ? episodes(release)
                : release.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return release.season() == null ? what : "season " + release.season() + " " + what;
    }

    private static String episodes(final TimelineRelease release) {
        final Integer first = release.firstEpisode();
        final Integer last = release.lastEpisode();
        if (first == null) {
            return "new episodes";
        }
        return last == null || last.equals(first) ? "episode " + first : "episodes " + first + "–" + last;
    }
}
