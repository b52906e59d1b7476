package io.newsreel.contract.event;

/**
 * What ingest remembers of an article it published, on the compacted {@code article-fingerprints} topic keyed by
 * article id: enough to recognize the same article again, or a real change to it, after a restart.
 *
 * @param id article id
 * @param revision the revision last published
 * @param contentHash hash of the content that revision was published with
 */
public record ArticleFingerprint(String id, int revision, String contentHash) {
}
