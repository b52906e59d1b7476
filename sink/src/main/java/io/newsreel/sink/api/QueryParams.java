package io.newsreel.sink.api;

import io.javalin.http.Context;
import io.newsreel.contract.event.EntryKind;
import io.newsreel.contract.event.ReleaseEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Reads query parameters, refusing a malformed one with a 400 that names it. */
final class QueryParams {

    private QueryParams() {
    }

    /** {@code limit}, between 1 and {@code max}; {@code fallback} when absent. */
    static int limit(final Context ctx, final int fallback, final int max) {
        final String text = present(ctx, "limit");
        if (text == null) {
            return fallback;
        }
        try {
            final int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (final NumberFormatException e) {
            // Answered below like any other limit out of range.
        }
        throw ApiException.badParameter("Parameter limit must be a whole number from 1 to " + max + ", was '"
                + text + "'");
    }

    /**
     * A moment given as an instant ({@code 2023-12-06T09:00:00Z}, any offset) or a day ({@code 2023-12-06}, read in
     * {@link ReleaseEvent#ZONE}); a day stands for its first moment.
     *
     * @return null when absent
     */
    static Instant startingAt(final Context ctx, final String name) {
        final String text = present(ctx, name);
        if (text == null) {
            return null;
        }
        return isDay(text) ? day(name, text).atStartOfDay(ReleaseEvent.ZONE).toInstant() : instant(name, text);
    }

    /** Like {@link #startingAt}, but a day stands for its last moment, so that it is included whole. */
    static Instant endingAt(final Context ctx, final String name) {
        final String text = present(ctx, name);
        if (text == null) {
            return null;
        }
        return isDay(text)
                ? day(name, text).plusDays(1).atStartOfDay(ReleaseEvent.ZONE).toInstant().minusMillis(1)
                : instant(name, text);
    }

    /** {@code kind}, a comma-separated list of entry kinds in any case; every kind when absent. */
    static Set<EntryKind> kinds(final Context ctx) {
        final String text = present(ctx, "kind");
        if (text == null) {
            return EnumSet.allOf(EntryKind.class);
        }
        final Set<EntryKind> kinds = EnumSet.noneOf(EntryKind.class);
        for (final String name : text.split(",")) {
            try {
                kinds.add(EntryKind.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (final IllegalArgumentException e) {
                throw ApiException.badParameter("Parameter kind must list some of "
                        + Arrays.toString(EntryKind.values()) + ", was '" + text + "'");
            }
        }
        return kinds;
    }

    /** A parameter's value, or null when it is absent or blank. */
    static String present(final Context ctx, final String name) {
        final String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A day has no time part; everything else is read as an instant. */
    private static boolean isDay(final String text) {
        return text.indexOf('T') < 0;
    }

    private static LocalDate day(final String name, final String text) {
        try {
            return LocalDate.parse(text);
        } catch (final DateTimeParseException e) {
            throw malformedTime(name, text);
        }
    }

    private static Instant instant(final String name, final String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (final DateTimeParseException e) {
            throw malformedTime(name, text);
        }
    }

    private static ApiException malformedTime(final String name, final String text) {
        return ApiException.badParameter("Parameter " + name + " must be a day (2023-12-06) or an instant "
                + "(2023-12-06T09:00:00Z), was '" + text + "'");
    }
}
