package io.newsreel.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestNamesTest {

    @Test
    void keepsThePrefixAndNeverRepeats() {
        final String first = TestNames.unique("headlines");
        final String second = TestNames.unique("headlines");

        assertThat(first).startsWith("headlines-").matches("[a-zA-Z0-9._-]+");
        assertThat(second).startsWith("headlines-").isNotEqualTo(first);
    }

    @Test
    void rejectsPrefixesKafkaWouldRefuseAsTopicNames() {
        assertThatThrownBy(() -> TestNames.unique("news feed")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TestNames.unique("")).isInstanceOf(IllegalArgumentException.class);
    }
}
