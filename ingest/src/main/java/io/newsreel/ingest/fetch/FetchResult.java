package io.newsreel.ingest.fetch;

import java.net.URI;

/** What a poll of a feed brought back when the server answered normally. */
public sealed interface FetchResult {

    /**
     * The feed's current bytes.
     *
     * @param uri the URI the bytes came from, after redirects
     * @param body the decoded (decompressed) body
     * @param validators validators to send on the next poll
     */
    record Fetched(URI uri, byte[] body, Validators validators) implements FetchResult {
    }

    /** The server said the feed has not changed since the validators we sent. */
    record NotModified() implements FetchResult {
    }
}
