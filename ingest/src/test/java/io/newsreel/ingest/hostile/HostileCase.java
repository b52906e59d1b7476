package io.newsreel.ingest.hostile;

import com.sun.net.httpserver.HttpHandler;

/**
 * One broken or hostile feed: where it is read from, how the server answers, which reader reads it and how the read
 * must end.
 *
 * @param name what is hostile about it, shown as the test's display name
 * @param target a path (and query) on the {@link HostileServer}, or an absolute URL when {@code handler} is null
 * @param handler how the server answers, or null for a URL the server does not serve
 * @param reader which reader's limits apply
 * @param expected how reading it must end
 */
public record HostileCase(String name, String target, HttpHandler handler, Reader reader, Expectation expected) {

    /** The readers a case can be read with; they differ only in their fetch settings. */
    public enum Reader {
        /** Private addresses allowed (the server is on loopback), 1 MiB body cap, 2 s deadline. */
        CAPPED,
        /** As {@link #CAPPED} but with an 8 MiB cap, for a large feed that must get through. */
        LARGE_CAP,
        /** Production address policy: loopback, private and link-local addresses refused. */
        GUARDED
    }

    public static HostileCase served(final String name, final String path, final HttpHandler handler,
                                     final Expectation expected) {
        return new HostileCase(name, path, handler, Reader.CAPPED, expected);
    }

    public static HostileCase remote(final String name, final String url, final Expectation expected) {
        return new HostileCase(name, url, null, Reader.CAPPED, expected);
    }

    public HostileCase readWith(final Reader other) {
        return new HostileCase(name, target, handler, other, expected);
    }

    @Override
    public String toString() {
        return name + " → " + expected;
    }
}
