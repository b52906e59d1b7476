package io.newsreel.processor.release;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a release cadence from a sentence: "two episodes every Wednesday", "new episodes every Friday", "weekly on
 * Saturdays and Sundays", "new episodes will follow on Wednesdays", "two episodes a week".
 *
 * <p>The days are matched right at a cadence word the cue scan found ("every", "weekly", "Fridays"); the counts
 * around them are read by {@link CadenceCounts}.
 */
final class CadenceReader {

    /** More than this many episodes at a time is a total ("16 episodes on Saturdays and Sundays"), not a rate. */
    static final int MAX_PER_DROP = 4;

    private static final String DAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)days?";
    private static final String PLURAL_DAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)days";
    private static final String AND = "\\s*(?:,\\s*(?:and\\s+)?|and\\s+|&\\s*)";
    /** Groups: days after "every", days after "weekly", plural days after "on", or a week with no day. */
    private static final Pattern CORE = Pattern.compile("(?:(?:every|each(?:\\s+of\\s+the\\s+following)?)\\s+(?<every>"
            + DAY + "(?:" + AND + DAY + ")*)|weekly\\s+(?:on\\s+)?(?<weekly>" + DAY + "(?:" + AND + DAY + ")*)|on\\s+"
            + "(?<on>" + PLURAL_DAY + "(?:" + AND + PLURAL_DAY + ")*)|(?<week>(?:every|each|a|per)\\s+week|weekly))"
            + "(?![a-z])");
    /** A bare "weekly" is a cadence only when it is about releases ("weekly episodes", not "weekly ratings"). */
    private static final Pattern WEEKLY_NOUN = Pattern.compile("\\s+(?:releases?|episodes|basis|schedule|drops?)\\b");
    private static final Pattern DAY_NAME = Pattern.compile("(mon|tues|wednes|thurs|fri|satur|sun)day");
    private static final List<String> DAY_PREFIXES = List.of("mon", "tues", "wednes", "thurs", "fri", "satur", "sun");
    /**
     * A cadence found in a sentence.
     *
     * @param cadence what it says
     * @param start offset in the article of its first word, count included
     * @param end offset just past it
     */
    record Found(Cadence cadence, int start, int end) {
    }

    private CadenceReader() {
    }

    /** The first cadence in the sentence. */
    static Optional<Found> find(final Sentence sentence) {
        Matcher core = null;
        for (final CueHit hit : sentence.hits()) {
            if (hit.kind() != CueKind.CADENCE) {
                continue;
            }
            int start = hit.start();
            if (!namesDayOrWeekAfter(sentence, hit)) {
                continue;
            }
            if (hit.cue().value() != null) {
                // A plural weekday is a cadence after "on": "new episodes follow on Wednesdays".
                if (!"on".equals(TimeExpressions.wordBefore(sentence, hit.start()))) {
                    continue;
                }
                start = sentence.lower().lastIndexOf("on", hit.start());
            }
            core = core != null ? core : TimeExpressions.matcher(CORE, sentence);
            core.region(start, sentence.end());
            if (core.lookingAt()) {
                final Optional<Found> found = found(sentence, core, start);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether "every" or "each" is followed by what {@link #CORE} needs after it: a weekday or "week" ("each" also
     * "of the following"). Most of an article's "every" and "each" are about something else ("every scene"), and this
     * costs less than trying the pattern. Other cadence cues pass.
     */
    private static boolean namesDayOrWeekAfter(final Sentence sentence, final CueHit hit) {
        final String phrase = hit.cue().phrase();
        if (!phrase.equals("every") && !phrase.equals("each")) {
            return true;
        }
        final String lower = sentence.lower();
        final int next = sentence.afterBlanks(hit.end());
        if (next == hit.end()) {
            return false;
        }
        for (final String day : DAY_PREFIXES) {
            if (lower.startsWith(day, next)) {
                return true;
            }
        }
        return lower.startsWith("week", next) || phrase.equals("each") && lower.startsWith("of", next);
    }

    private static Optional<Found> found(final Sentence sentence, final Matcher core, final int start) {
        final CadenceCounts.Lead lead = CadenceCounts.lead(sentence, start);
        final String named = firstNonNull(core.group("every"), core.group("weekly"), core.group("on"));
        if (named == null) {
            final boolean aboutReleases = lead.start() < start && (lead.episodes() || lead.verb()
                    || lead.count() != null)
                    || core.group("week").equals("weekly")
                    && sentence.matchers().over(WEEKLY_NOUN, core.end(), sentence.end()).lookingAt();
            final boolean rate = !core.group("week").startsWith("a ") && !core.group("week").startsWith("per")
                    || lead.count() != null;
            if (!aboutReleases || !rate) {
                return Optional.empty();
            }
        }
        final Integer perDrop = lead.count() != null ? lead.count() : CadenceCounts.atATime(sentence);
        return Optional.of(new Found(Cadence.of(named == null ? List.of() : days(named), perDrop,
                CadenceCounts.opening(sentence, lead.start())), lead.start(), core.end()));
    }

    private static List<DayOfWeek> days(final String text) {
        final List<DayOfWeek> days = new ArrayList<>();
        final Matcher m = DAY_NAME.matcher(text);
        while (m.find()) {
            days.add(DayOfWeek.of(DAY_PREFIXES.indexOf(m.group(1)) + 1));
        }
        return days;
    }

    private static String firstNonNull(final String... values) {
        for (final String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
