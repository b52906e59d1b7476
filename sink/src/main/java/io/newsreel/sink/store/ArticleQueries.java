package io.newsreel.sink.store;

import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.sink.topology.SinkTopology;
import java.util.Optional;

/** Reads tagged articles from the sink's stores. */
public final class ArticleQueries {

    private final StoreAccess stores;

    public ArticleQueries(final StoreAccess stores) {
        this.stores = stores;
    }

    public Optional<TaggedArticle> article(final String articleId) {
        return Optional.ofNullable(stores.<TaggedArticle>keyValueStore(SinkTopology.ARTICLE_STORE).get(articleId));
    }
}
