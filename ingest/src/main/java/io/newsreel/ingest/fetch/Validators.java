package io.newsreel.ingest.fetch;

/**
 * The cache validators a server gave for a feed, sent back on the next poll so that an unchanged feed costs a 304.
 *
 * @param etag the {@code ETag} header, or null
 * @param lastModified the {@code Last-Modified} header, or null
 */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);
}
