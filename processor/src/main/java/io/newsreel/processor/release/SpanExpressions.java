package io.newsreel.processor.release;

import io.newsreel.contract.event.DateWindow;
import io.newsreel.processor.release.TimeMention.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expressions naming a span of days, kept as a window rather than a made-up day: "in March", "spring 2022",
 * "early 2024", "later this year", "this week", "next month".
 */
final class SpanExpressions {

    private static final String FULL_MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december)";
    /** Groups: qualifier, month, year. */
    private static final Pattern MONTH = Pattern.compile("\\b(?:(this|next|last|early|mid|late|the end of|end of)"
            + "[\\s-]+)?" + FULL_MONTH + "\\b(?:,?\\s+(?:of\\s+)?(\\d{4})\\b)?");
    /** Groups: qualifier, season, year. */
    private static final Pattern SEASON = Pattern.compile("\\b(?:(this|next|last|early|mid|late)[\\s-]+)?"
            + "(?:the\\s+)?(spring|summer|fall|autumn|winter)\\b(?:\\s+(?:of\\s+)?(\\d{4})\\b)?");
    /** Groups: part, year digits, which year in words. */
    private static final Pattern YEAR_PART = Pattern.compile("\\b(early|mid|late|later|the first half of"
            + "|first half of|the second half of|second half of|the end of|end of)[\\s-]+(?:(\\d{4})|(this|next|the)"
            + " year)\\b");
    /** Groups: which year in words, preposition, year digits. */
    private static final Pattern YEAR = Pattern.compile("\\b(?:(this|next|last) year|(in|for|until|through|by"
            + "|during|since|from)\\s+(\\d{4}))\\b(?![-/])");
    /** Groups: which, unit. */
    private static final Pattern RELATIVE = Pattern.compile("\\b(this|next|last)\\s+(week|weekend|month)\\b");

    /** A bare month or season names a time only after one of these ("in March"; not "Youth of May"). */
    private static final Set<String> LEADS = Set.of("in", "this", "next", "last", "from", "until", "till", "through",
            "since", "by", "during", "for", "before", "after", "into", "early", "mid", "late", "starting",
            "beginning", "around", "throughout", "the");

    private static final Set<String> WHICH = Set.of("this", "next", "last");

    private SpanExpressions() {
    }

    static void find(final Sentence sentence, final DateResolver resolver, final List<TimeMention> found) {
        Near.cues(sentence, CueKind.MONTH, MONTH, 12, 12, m -> month(sentence, resolver, m, found));
        Near.cues(sentence, CueKind.SEASON_OF_YEAR, SEASON, 12, 10, m -> season(sentence, resolver, m, found));
        Near.cues(sentence, CueKind.YEAR, YEAR_PART, 30, 0, m -> yearPart(sentence, resolver, m, found));
        Near.digits(sentence, SpanExpressions::fourDigits, YEAR_PART, 30, 0,
                m -> yearPart(sentence, resolver, m, found));
        Near.cues(sentence, CueKind.YEAR, YEAR, 6, 0, m -> year(sentence, resolver, m, found));
        Near.digits(sentence, SpanExpressions::fourDigits, YEAR, 14, 0, m -> year(sentence, resolver, m, found));
        Near.cues(sentence, CueKind.RELATIVE_DAY, RELATIVE, 6, 0, m -> relative(sentence, resolver, m, found));
    }

    private static boolean fourDigits(final String text, final int start, final int end) {
        return end - start == 4;
    }

    private static void month(final Sentence sentence, final DateResolver resolver, final Matcher m,
                              final List<TimeMention> found) {
        final String qualifier = m.group(1);
        final String year = m.group(3);
        if (!Character.isUpperCase(sentence.text().charAt(m.start(2)))
                || qualifier == null && year == null && !LEADS.contains(wordBefore(sentence, m))) {
            return;
        }
        final int month = TimeExpressions.month(m.group(2));
        final boolean part = qualifier != null && !WHICH.contains(qualifier);
        found.add(mention(sentence, m, tense -> resolver
                .month(month, year == null ? null : Integer.parseInt(year), part ? null : qualifier, tense)
                .map(window -> part ? DateResolver.partOfMonth(window, qualifier) : window)));
    }

    private static void season(final Sentence sentence, final DateResolver resolver, final Matcher m,
                              final List<TimeMention> found) {
        final String qualifier = m.group(1);
        final String year = m.group(3);
        if (qualifier == null && year == null && !LEADS.contains(wordBefore(sentence, m))) {
            return;
        }
        final String which = qualifier != null && WHICH.contains(qualifier) ? qualifier : null;
        final String name = m.group(2);
        found.add(mention(sentence, m, tense -> resolver.season(name,
                year == null ? null : Integer.parseInt(year), which, tense)));
    }

    private static void yearPart(final Sentence sentence, final DateResolver resolver, final Matcher m,
                              final List<TimeMention> found) {
        final int year = m.group(2) != null ? Integer.parseInt(m.group(2))
                : resolver.published().getYear() + ("next".equals(m.group(3)) ? 1 : 0);
        final String part = m.group(1);
        found.add(mention(sentence, m, tense -> resolver.yearPart(year, part)));
    }

    private static void year(final Sentence sentence, final DateResolver resolver, final Matcher m,
                              final List<TimeMention> found) {
        final int year = m.group(3) != null ? Integer.parseInt(m.group(3))
                : resolver.published().getYear() + switch (m.group(1)) {
                    case "next" -> 1;
                    case "last" -> -1;
                    default -> 0;
                };
        final Role role = m.group(2) == null ? TimeExpressions.role(sentence, m.start()) : switch (m.group(2)) {
            case "until", "through" -> Role.UNTIL;
            case "since", "from" -> Role.FROM;
            default -> Role.AT;
        };
        found.add(new TimeMention(m.start(), m.end(), role,
                tense -> resolver.yearPart(year, "whole").map(When::span)));
    }

    private static void relative(final Sentence sentence, final DateResolver resolver, final Matcher m,
                              final List<TimeMention> found) {
        final int offset = switch (m.group(1)) {
            case "next" -> 1;
            case "last" -> -1;
            default -> 0;
        };
        final Optional<DateWindow> window = Optional.of(switch (m.group(2)) {
            case "week" -> resolver.week(offset);
            case "weekend" -> resolver.weekend(offset);
            default -> resolver.monthFromNow(offset);
        });
        found.add(mention(sentence, m, tense -> window));
    }

    private static TimeMention mention(final Sentence sentence, final Matcher m,
                                       final Function<Tense, Optional<DateWindow>> resolve) {
        return new TimeMention(m.start(), m.end(), TimeExpressions.role(sentence, m.start()),
                tense -> resolve.apply(tense).map(When::span));
    }

    private static String wordBefore(final Sentence sentence, final Matcher m) {
        return TimeExpressions.wordBefore(sentence, m.start());
    }
}
