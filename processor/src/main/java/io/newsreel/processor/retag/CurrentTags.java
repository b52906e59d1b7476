package io.newsreel.processor.retag;

import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.topic.Topics;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The tags published so far: the latest {@code tagged-articles} record of each article asked for. */
final class CurrentTags {

    private CurrentTags() {
    }

    /** Reads the current tags of the given articles; the others are not kept. */
    static Map<String, TaggedArticle> read(final Map<String, Object> clientProperties, final Set<String> articleIds) {
        final Map<String, TaggedArticle> latest = new HashMap<>();
        try (TopicScan<TaggedArticle> scan = new TopicScan<>(clientProperties, Topics.TAGGED_ARTICLES)) {
            scan.scan((key, tagged, partition, offset) -> {
                if (tagged != null && articleIds.contains(key)) {
                    latest.put(key, tagged);
                }
            });
        }
        return latest;
    }
}
