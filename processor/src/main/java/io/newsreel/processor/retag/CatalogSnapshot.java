package io.newsreel.processor.retag;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The catalog as it is now: the latest value of every key of the compacted {@code catalog} topic, in the order the
 * processor's catalog store hands them to its tagger (RocksDB orders keys by their bytes). Where two entries answer
 * a name equally well the tagger takes the first, so the same order gives the same tags: in any other order a re-tag
 * would report changes that no catalog change caused.
 */
final class CatalogSnapshot {

    private static final Comparator<String> STORE_ORDER = (one, other) -> Arrays.compareUnsigned(
            one.getBytes(StandardCharsets.UTF_8), other.getBytes(StandardCharsets.UTF_8));

    private CatalogSnapshot() {
    }

    static List<CatalogEntry> read(final Map<String, Object> clientProperties) {
        final Map<String, CatalogEntry> latest = new TreeMap<>(STORE_ORDER);
        try (TopicScan<CatalogEntry> scan = new TopicScan<>(clientProperties, Topics.CATALOG)) {
            scan.scan((key, entry, partition, offset) -> {
                if (entry == null) {
                    latest.remove(key);
                } else {
                    latest.put(key, entry);
                }
            });
        }
        return List.copyOf(latest.values());
    }
}
