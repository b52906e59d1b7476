package io.newsreel.processor.discover;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ShowDiscoveryTest {

    @Test
    void shouldFindAQuotedTitleInASentenceAboutADrama() {
        assertThat(ShowDiscovery.find("Her next drama, \u201cLighthouse Keeper\u201d, premieres in May."))
                .extracting(DiscoveredShow::title, DiscoveredShow::rule)
                .containsExactly(Tuple.tuple("Lighthouse Keeper", "quoted-title"));
    }

    @Test
    void shouldIgnoreQuotesThatAreNotAboutAShow() {
        assertThat(ShowDiscovery.find("She said \"Thank you\" to the fans.")).isEmpty();
    }

    @Test
    void shouldFindATitleBeforeItsSeason() {
        assertThat(ShowDiscovery.find("In Harbor Lights Season 2, the crew returns."))
                .extracting(DiscoveredShow::title, DiscoveredShow::season)
                .containsExactly(Tuple.tuple("Harbor Lights", 2));
    }
}
