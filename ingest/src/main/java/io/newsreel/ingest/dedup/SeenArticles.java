package io.newsreel.ingest.dedup;

import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.ArticleFingerprint;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What ingest has published, by article id: decides whether an article is new, a real change (a new revision) or
 * already known. Remembered only after a publication commits, so a failed publication is retried on the next poll.
 */
public final class SeenArticles {

    private final Map<String, ArticleFingerprint> fingerprints = new ConcurrentHashMap<>();
    private final Map<String, ArticleFingerprint> publishing = new ConcurrentHashMap<>();

    /** Records a committed publication, or one restored from the fingerprints topic. */
    public void remember(final ArticleFingerprint fingerprint) {
        fingerprints.merge(fingerprint.id(), fingerprint,
                (known, candidate) -> candidate.revision() >= known.revision() ? candidate : known);
        publishing.remove(fingerprint.id(), fingerprint);
    }

    /** Gives up an admission whose publication failed, so that the next poll admits the article again. */
    public void release(final ArticleFingerprint fingerprint) {
        publishing.remove(fingerprint.id(), fingerprint);
    }

    /**
     * The version of the article to publish, with its revision set, or empty when this content was published
     * already or another poll (of another feed syndicating it) is publishing it right now. An admission must end in
     * {@link #remember} once published or {@link #release} if publication failed.
     */
    public Optional<Admitted> admit(final Article article) {
        final String hash = ContentHash.of(article);
        final ArticleFingerprint known = fingerprints.get(article.id());
        if (known != null && known.contentHash().equals(hash)) {
            return Optional.empty();
        }
        final int revision = known == null ? 1 : known.revision() + 1;
        final ArticleFingerprint fingerprint = new ArticleFingerprint(article.id(), revision, hash);
        if (publishing.putIfAbsent(article.id(), fingerprint) != null) {
            return Optional.empty();
        }
        return Optional.of(new Admitted(article.withRevision(revision), fingerprint));
    }

    public int size() {
        return fingerprints.size();
    }

    /**
     * An article to publish together with the fingerprint to remember once it is published.
     *
     * @param article the article with its revision
     * @param fingerprint what to remember of it
     */
    public record Admitted(Article article, ArticleFingerprint fingerprint) {
    }
}
