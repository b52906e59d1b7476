package io.newsreel.sink.api;

import io.newsreel.sink.store.TimelineRange;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The {@code next} / {@code after} cursor of a timeline page: the store key of the page's last entry, encoded so that
 * clients treat it as opaque. Resuming from a key needs no state on the server and sees entries added meanwhile.
 */
final class Cursor {

    private Cursor() {
    }

    static String of(final String lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
    }

    /** The part of {@code range} after the cursor; a cursor of another show or range is refused. */
    static TimelineRange resume(final TimelineRange range, final String cursor) {
        final String key;
        try {
            key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (final IllegalArgumentException e) {
            throw notACursor(cursor);
        }
        if (!range.contains(key)) {
            throw notACursor(cursor);
        }
        return range.after(key);
    }

    private static ApiException notACursor(final String cursor) {
        return ApiException.badParameter("Parameter after must be the next cursor of a page of this timeline "
                + "with the same from and to, was '" + cursor + "'");
    }
}
