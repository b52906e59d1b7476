package io.newsreel.processor.release;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often episodes come out: on which weekdays, how many each time, and how many on the first day when that
 * differs. {@link #text()} is the normalized form carried on facts and events ("2 episodes every Wednesday", "4
 * episodes first, then 2 episodes every Wednesday"); {@link #parse(String)} reads it back, so a consumer holding only
 * the event can rebuild the {@link EpisodeSchedule}.
 *
 * @param days release weekdays, Monday first; empty for "weekly" with no day named
 * @param perDrop episodes each release day, or null when not stated (then one is assumed)
 * @param opening episodes on the first release day when that differs from {@code perDrop}, else null
 */
public record Cadence(List<DayOfWeek> days, Integer perDrop, Integer opening) {

    private static final String[] NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final Pattern TEXT = Pattern.compile("(?:(\\d+) episodes? first, then )?(?:(\\d+) episodes? )?"
            + "(?:every (.+)|weekly)");

    public Cadence {
        days = List.copyOf(days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days));
        if (perDrop != null && perDrop < 1 || opening != null && opening < 1) {
            throw new IllegalArgumentException("Episode counts must be positive: " + perDrop + ", " + opening);
        }
    }

    /** A cadence with the same count every release day. */
    public Cadence(final List<DayOfWeek> days, final Integer perDrop) {
        this(days, perDrop, null);
    }

    static Cadence of(final Collection<DayOfWeek> days, final Integer perDrop, final Integer opening) {
        return new Cadence(new ArrayList<>(days), perDrop, opening == null || opening.equals(perDrop) ? null : opening);
    }

    /** "2 episodes every Wednesday", "every Saturday and Sunday", "weekly", "4 episodes first, then weekly". */
    public String text() {
        final String first = opening == null ? "" : episodes(opening) + " first, then ";
        final String count = first + (perDrop == null ? "" : episodes(perDrop) + " ");
        if (days.isEmpty()) {
            return count + "weekly";
        }
        final List<String> names = new ArrayList<>(days.size());
        days.forEach(day -> names.add(NAMES[day.ordinal()]));
        final String listed = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return count + "every " + listed;
    }

    private static String episodes(final int count) {
        return count + (count == 1 ? " episode" : " episodes");
    }

    /** Reads back {@link #text()}; empty for anything else. */
    public static Optional<Cadence> parse(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        final Matcher m = TEXT.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        final Integer opening = number(m.group(1));
        final Integer perDrop = number(m.group(2));
        final List<DayOfWeek> days = new ArrayList<>();
        if (m.group(3) != null) {
            for (final String name : m.group(3).split(",\\s*|\\s+and\\s+")) {
                try {
                    days.add(DayOfWeek.valueOf(name.trim().toUpperCase(Locale.ROOT)));
                } catch (final IllegalArgumentException notADay) {
                    return Optional.empty();
                }
            }
        }
        return perDrop != null && perDrop < 1 || opening != null && opening < 1 ? Optional.empty()
                : Optional.of(new Cadence(days, perDrop, opening));
    }

    private static Integer number(final String digits) {
        return digits == null || digits.length() > 4 ? null : Integer.valueOf(digits);
    }
}
