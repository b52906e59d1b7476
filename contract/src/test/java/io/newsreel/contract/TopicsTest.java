package io.newsreel.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.topic.CleanupPolicy;
import io.newsreel.contract.topic.Topic;
import io.newsreel.contract.topic.Topics;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void shouldNameEveryTopicOnceInKebabCase() {
        assertThat(Topics.ALL).extracting(Topic::name)
                .doesNotHaveDuplicates()
                .allMatch(name -> name.matches("[a-z]+(-[a-z]+)*"));
    }

    @Test
    void shouldCompactTheTopicsThatHoldState() {
        assertThat(Topics.ALL).filteredOn(topic -> topic.cleanupPolicy() == CleanupPolicy.COMPACT)
                .containsExactlyInAnyOrder(Topics.FEED_SUBSCRIPTIONS, Topics.FEED_STATUS, Topics.CATALOG,
                        Topics.STORIES, Topics.TIMELINES, Topics.ARTICLE_FINGERPRINTS);
    }
}
