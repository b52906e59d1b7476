package io.newsreel.sink.article;

import io.newsreel.contract.event.TaggedArticle;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Keeps each tagged article by id, at its newest revision. */
public final class ArticleIndexer implements Processor<String, TaggedArticle, Void, Void> {

    private final String storeName;
    private KeyValueStore<String, TaggedArticle> articles;

    public ArticleIndexer(final String storeName) {
        this.storeName = storeName;
    }

    @Override
    public void init(final ProcessorContext<Void, Void> context) {
        articles = context.getStateStore(storeName);
    }

    @Override
    public void process(final Record<String, TaggedArticle> record) {
        final TaggedArticle article = record.value();
        if (article == null || record.key() == null) {
            return;
        }
        final TaggedArticle known = articles.get(record.key());
        if (known == null || known.revision() <= article.revision()) {
            articles.put(record.key(), article);
        }
    }
}
