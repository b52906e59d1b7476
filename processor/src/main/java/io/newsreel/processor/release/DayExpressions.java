package io.newsreel.processor.release;

import io.newsreel.processor.release.TimeMention.Role;
import io.newsreel.processor.trie.MatchStarts;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expressions naming one day: "December 6", "6 December 2023", "2023-12-06", "on the 6th", "tomorrow", "next
 * Friday".
 */
final class DayExpressions {

    static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

    /** Groups: weekday, month, day, year. A leading weekday ("Sunday, April 28") helps pick the year. */
    private static final Pattern MONTH_DAY = Pattern.compile("(?:\\b" + WEEKDAY + ",?\\s+)?\\b" + MONTH
            + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");
    /** Groups: day, month, year. */
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
            + "\\b\\.?(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** Groups: preposition, day. Ordinals naming an episode or an anniversary are not dates. */
    private static final Pattern ORDINAL = Pattern.compile("\\b(on|from|starting|until|through|till|by|since|before"
            + "|after)\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\b|episode|season|part|anniversary"
            + "|installment|edition|time|century|floor|spot|place))");
    /** A further day of the same month after a date: "Dec. 24 and 25", "December 13, 20 and 27". */
    private static final Pattern MORE_DAYS = Pattern.compile("\\s*(?:,\\s*and|,|and|&|or)\\s+(\\d{1,2})(?:st|nd|rd|th)?"
            + "\\b(?!\\s*(?:episodes?|percent|%|million|p\\.m|a\\.m|:|\\.\\d))");
    /** A further weekday after a qualified one: "this Saturday and Sunday". */
    private static final Pattern MORE_WEEKDAYS = Pattern.compile("\\s*(?:,\\s*and|,|and|&|or)\\s+" + WEEKDAY
            + "(?![a-z])");
    private static final Pattern RELATIVE = Pattern.compile("\\b(today|tonight|tomorrow|yesterday)\\b");
    /** "on the day of the premiere", "on premiere day": the premiere date stated earlier in the article. */
    private static final Pattern PREMIERE_DAY = Pattern.compile("\\b(?:on\\s+)?(?:the\\s+)?(?:day\\s+of\\s+the"
            + "\\s+premiere|premiere\\s+day)\\b");
    /** Groups: holiday. */
    private static final Pattern HOLIDAY = Pattern.compile("\\b(christmas(?: day| eve)?|new year['’]s(?: day| eve)?)"
            + "(?![a-z])");
    /**
     * Groups: qualifier, weekday, possessive. A weekday counts with a qualifier ("next Friday") or as a possessive
     * ("Wednesday's premiere"); a plural ("on Wednesdays") is a cadence, not a day.
     */
    private static final Pattern NAMED_WEEKDAY = Pattern.compile("\\b(?:(this coming|this|next|last|on|coming)\\s+)?"
            + WEEKDAY + "(['’]s)?(?![a-z])");

    private static final String[] ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"};

    private DayExpressions() {
    }

    static void find(final Sentence sentence, final DateResolver resolver, final List<TimeMention> found) {
        if (sentence.hasDigit()) {
            Near.cues(sentence, CueKind.MONTH, MONTH_DAY, 12, 16, m -> monthDay(sentence, resolver, m, found));
            Near.cues(sentence, CueKind.MONTH, DAY_MONTH, 12, 10, m -> dayMonth(sentence, resolver, m, found));
            Near.digits(sentence, (text, start, end) -> end - start == 4 && end < text.length()
                    && text.charAt(end) == '-', ISO, 0, 6, m -> iso(sentence, resolver, m, found));
            Near.digits(sentence, DayExpressions::ordinalSuffix, ORDINAL, 24, 2,
                    m -> ordinal(resolver, m, found));
        }
        Near.cues(sentence, CueKind.RELATIVE_DAY, RELATIVE, 0, 0, m -> relative(sentence, resolver, m, found));
        Near.cues(sentence, CueKind.RELATIVE_DAY, HOLIDAY, 0, 8, m -> holiday(sentence, resolver, m, found));
        if (saysDay(sentence)) {
            Near.cues(sentence, CueKind.PREMIERE, PREMIERE_DAY, 24, 4, m -> found.add(new TimeMention(m.start(),
                    m.end(), Role.AT, tense -> resolver.premiere().map(date -> When.day(date, Precision.INFERRED)))));
        }
        Near.cues(sentence, CueKind.WEEKDAY, NAMED_WEEKDAY, 12, 3, m -> weekday(sentence, resolver, m, found));
    }

    /**
     * Whether the sentence has the word "day", as every {@link #PREMIERE_DAY} match has: the pattern is tried around
     * every premiere word, and "premiere day" is rare.
     */
    private static boolean saysDay(final Sentence sentence) {
        final String lower = sentence.lower();
        for (int at = lower.indexOf("day", sentence.start()); at >= 0 && at + 3 <= sentence.end();
             at = lower.indexOf("day", at + 1)) {
            if (MatchStarts.startsWord(lower, at) && (at + 3 == lower.length()
                    || !MatchStarts.isWordChar(lower.charAt(at + 3)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean ordinalSuffix(final String text, final int start, final int end) {
        if (end - start > 2) {
            return false;
        }
        for (final String suffix : ORDINAL_SUFFIXES) {
            if (text.startsWith(suffix, end)) {
                return true;
            }
        }
        return false;
    }

    private static void monthDay(final Sentence sentence, final DateResolver resolver, final Matcher m,
                                 final List<TimeMention> found) {
        if (!TimeExpressions.monthAsWritten(sentence, m.group(2), m.start(2))) {
            return;
        }
        final int month = TimeExpressions.month(m.group(2));
        final int day = Integer.parseInt(m.group(3));
        final DayOfWeek weekday = m.group(1) == null ? null : TimeExpressions.weekday(m.group(1));
        final String year = m.group(4);
        final Role role = TimeExpressions.role(sentence, m.start());
        found.add(new TimeMention(m.start(), m.end(), role, tense -> exact(year == null
                ? resolver.monthDay(month, day, weekday, tense)
                : resolver.date(Integer.parseInt(year), month, day))));
        if (year == null && listMayGoOn(sentence, m.end())) {
            final Matcher more = sentence.matchers().over(MORE_DAYS, m.end(), sentence.end());
            while (more.lookingAt()) {
                final int next = Integer.parseInt(more.group(1));
                found.add(new TimeMention(more.start(1), more.end(), role,
                        tense -> exact(resolver.monthDay(month, next, null, tense))));
                more.region(more.end(), sentence.end());
            }
        }
    }

    /**
     * Whether a list of further days may follow at {@code at}: {@link #MORE_DAYS} and {@link #MORE_WEEKDAYS} open
     * with blanks and then a comma, "and", "&" or "or". Most dates end their list, and the check costs less than
     * trying the pattern.
     */
    private static boolean listMayGoOn(final Sentence sentence, final int at) {
        final int next = sentence.afterBlanks(at);
        return next < sentence.end() && ",a&o".indexOf(sentence.lower().charAt(next)) >= 0;
    }

    private static void dayMonth(final Sentence sentence, final DateResolver resolver, final Matcher m,
                                 final List<TimeMention> found) {
        if (!TimeExpressions.monthAsWritten(sentence, m.group(2), m.start(2))) {
            return;
        }
        final int month = TimeExpressions.month(m.group(2));
        final int day = Integer.parseInt(m.group(1));
        final String year = m.group(3);
        found.add(new TimeMention(m.start(), m.end(), TimeExpressions.role(sentence, m.start()),
                tense -> exact(year == null
                        ? resolver.monthDay(month, day, null, tense)
                        : resolver.date(Integer.parseInt(year), month, day))));
    }

    private static void iso(final Sentence sentence, final DateResolver resolver, final Matcher m,
                            final List<TimeMention> found) {
        final Optional<When> when = exact(resolver.date(Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        found.add(new TimeMention(m.start(), m.end(), TimeExpressions.role(sentence, m.start()), tense -> when));
    }

    private static void ordinal(final DateResolver resolver, final Matcher m, final List<TimeMention> found) {
        final Role role = switch (m.group(1)) {
            case "until", "through", "till" -> Role.UNTIL;
            case "from", "starting", "since" -> Role.FROM;
            default -> Role.AT;
        };
        final int day = Integer.parseInt(m.group(2));
        found.add(new TimeMention(m.start(), m.end(), role,
                tense -> resolver.dayOfMonth(day, tense).map(date -> When.day(date, Precision.INFERRED))));
    }

    private static void relative(final Sentence sentence, final DateResolver resolver, final Matcher m,
                                 final List<TimeMention> found) {
        final int offset = switch (m.group(1)) {
            case "tomorrow" -> 1;
            case "yesterday" -> -1;
            default -> 0;
        };
        final Optional<When> when = Optional.of(When.day(resolver.plusDays(offset), Precision.RELATIVE));
        found.add(new TimeMention(m.start(), m.end(), TimeExpressions.role(sentence, m.start()), tense -> when));
    }

    private static void weekday(final Sentence sentence, final DateResolver resolver, final Matcher m,
                                final List<TimeMention> found) {
        if (m.group(1) == null && m.group(3) == null) {
            return;
        }
        final String qualifier = m.group(1) == null || m.group(1).endsWith("coming") ? "this" : m.group(1);
        final DayOfWeek day = TimeExpressions.weekday(m.group(2));
        final Role role = TimeExpressions.role(sentence, m.start());
        found.add(new TimeMention(m.start(), m.end(), role,
                tense -> Optional.of(When.day(resolver.weekday(day, qualifier, tense), Precision.RELATIVE))));
        if (m.group(1) == null || !listMayGoOn(sentence, m.end())) {
            return;
        }
        final Matcher more = sentence.matchers().over(MORE_WEEKDAYS, m.end(), sentence.end());
        while (more.lookingAt()) {
            final DayOfWeek next = TimeExpressions.weekday(more.group(1));
            found.add(new TimeMention(more.start(1), more.end(), role,
                    tense -> Optional.of(When.day(resolver.weekday(next, qualifier, tense), Precision.RELATIVE))));
            more.region(more.end(), sentence.end());
        }
    }

    private static void holiday(final Sentence sentence, final DateResolver resolver, final Matcher m,
                                final List<TimeMention> found) {
        final String name = m.group(1);
        final int month = name.startsWith("new") && !name.endsWith("eve") ? 1 : 12;
        final int day = month == 1 ? 1 : name.endsWith("eve") ? name.startsWith("new") ? 31 : 24 : 25;
        found.add(new TimeMention(m.start(), m.end(), TimeExpressions.role(sentence, m.start()),
                tense -> exact(resolver.monthDay(month, day, null, tense))));
    }

    private static Optional<When> exact(final Optional<LocalDate> date) {
        return date.map(day -> When.day(day, Precision.EXPLICIT));
    }
}
