package io.newsreel.ingest.fetch;

import java.net.URI;

/** What a poll of a feed brought back when the server answered normally. */
public sealed interface FetchResult {

    /**
     * The feed's current bytes.
     *
     * @param uri the URI the bytes came from, after redirects
     * @param body the decoded (decompressed) body
     * @param contentType the {@code Content-Type} header, or null
     * @param validators validators to send on the next poll
     * @param movedPermanently true when every redirect on the way was permanent (301, 308): the feed has a new
     *                         address for good
     */
    record Fetched(URI uri, byte[] body, String contentType, Validators validators, boolean movedPermanently)
            implements FetchResult {
    }

    /** The server said the feed has not changed since the validators we sent. */
    record NotModified() implements FetchResult {
    }
}
