package io.newsreel.app.console;

import java.time.Duration;
import java.util.Locale;

/**
 * The text of a progress report: {@code Importing feeds: 1,234 of 10,000 (12%), 0:42, about 5:08 left; detail}.
 *
 * @param task what is being done
 * @param done units done so far
 * @param total units to do
 * @param detail more to say, or empty
 * @param elapsed time since the task started
 */
public record ProgressLine(String task, long done, long total, String detail, Duration elapsed) {

    public String render() {
        final StringBuilder line = new StringBuilder(task).append(": ")
                .append(String.format(Locale.ROOT, "%,d of %,d", done, total));
        if (total > 0) {
            line.append(String.format(Locale.ROOT, " (%d%%)", Math.min(100, done * 100 / total)));
        }
        line.append(", ").append(clock(elapsed));
        if (done > 0 && done < total) {
            // Assumes the rest goes at the pace so far: good enough to tell minutes from hours.
            line.append(", about ").append(clock(elapsed.multipliedBy(total - done).dividedBy(done))).append(" left");
        }
        if (!detail.isEmpty()) {
            line.append("; ").append(detail);
        }
        return line.toString();
    }

    /** {@code m:ss}, or {@code h:mm:ss} from an hour on. */
    static String clock(final Duration duration) {
        final long seconds = duration.toSeconds();
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
