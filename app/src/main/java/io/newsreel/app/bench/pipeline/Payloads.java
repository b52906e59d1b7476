package io.newsreel.app.bench.pipeline;

import io.newsreel.contract.topic.Topics;
import java.nio.charset.StandardCharsets;

/**
 * The articles of a run, serialized once before anything is measured so that producing costs what producing costs:
 * keys, JSON values exactly as ingest would publish them on {@code raw-articles}, and each article's show. The raw
 * Kafka baseline sends these same values, so both move records of the same sizes.
 */
final class Payloads {

    private static final String ID_PREFIX = "bench-pipeline-";

    private final String[] keys;
    private final byte[][] values;
    private final String[] showIds;
    private final long valueBytes;
    private final long bodyBytes;

    private Payloads(final String[] keys, final byte[][] values, final String[] showIds, final long valueBytes,
                     final long bodyBytes) {
        this.keys = keys;
        this.values = values;
        this.showIds = showIds;
        this.valueBytes = valueBytes;
        this.bodyBytes = bodyBytes;
    }

    /** Articles {@code 0} to {@code count - 1} of the generator. */
    static Payloads generate(final PipelineArticles articles, final int count) {
        final String[] keys = new String[count];
        final byte[][] values = new byte[count][];
        final String[] showIds = new String[count];
        long valueBytes = 0;
        long bodyBytes = 0;
        for (int index = 0; index < count; index++) {
            final PipelineArticles.Planted planted = articles.article(index);
            keys[index] = planted.article().id();
            values[index] = Topics.RAW_ARTICLES.valueSerde().serializer().serialize(Topics.RAW_ARTICLES.name(),
                    planted.article());
            showIds[index] = planted.showId();
            valueBytes += values[index].length;
            bodyBytes += planted.article().text().getBytes(StandardCharsets.UTF_8).length;
        }
        return new Payloads(keys, values, showIds, valueBytes, bodyBytes);
    }

    /** The index of the article with this id, or -1 when the id is not one of the benchmark's. */
    static int indexOf(final String articleId) {
        if (!articleId.startsWith(ID_PREFIX)) {
            return -1;
        }
        try {
            return Integer.parseInt(articleId, ID_PREFIX.length(), articleId.length(), 10);
        } catch (final NumberFormatException e) {
            return -1;
        }
    }

    int count() {
        return keys.length;
    }

    String key(final int index) {
        return keys[index];
    }

    byte[] value(final int index) {
        return values[index];
    }

    String showId(final int index) {
        return showIds[index];
    }

    /** Mean bytes of a serialized article (the record value). */
    double meanValueBytes() {
        return (double) valueBytes / keys.length;
    }

    /** Mean bytes of an article body (UTF-8). */
    double meanBodyBytes() {
        return (double) bodyBytes / keys.length;
    }
}
