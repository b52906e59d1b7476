package io.newsreel.sink.person;

import static io.newsreel.sink.fixtures.ReleaseFixtures.person;
import static io.newsreel.sink.fixtures.ReleaseFixtures.personTagged;
import static io.newsreel.sink.fixtures.ReleaseFixtures.tagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.PersonTag;
import io.newsreel.contract.event.PersonTagged;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.topic.Topics;
import io.newsreel.sink.fixtures.SinkDrivers;
import io.newsreel.sink.fixtures.StoreContents;
import io.newsreel.sink.topology.SinkTopology;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonIndexerTest {

    private static final PersonTag KEUM = person("keum-sae-rok", "Keum Sae-rok");
    private static final Instant NOV_20 = Instant.parse("2023-11-20T01:00:00Z");
    private static final Instant DEC_6 = Instant.parse("2023-12-06T01:00:00Z");

    private TopologyTestDriver driver;
    private TestInputTopic<String, PersonTagged> personTags;
    private TestInputTopic<String, TaggedArticle> taggedArticles;

    @BeforeEach
    void startDriver() {
        driver = SinkDrivers.start("sink-person-test");
        personTags = SinkDrivers.input(driver, Topics.PERSON_TAGS);
        taggedArticles = SinkDrivers.input(driver, Topics.TAGGED_ARTICLES);
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldListAPersonsArticlesInTimeOrderWithTheirShows() {
        personTags.pipeInput(KEUM.id(), personTagged(KEUM, "alpha", "late", 1, DEC_6));
        personTags.pipeInput(KEUM.id(), personTagged(KEUM, "bravo", "early", 1, NOV_20));

        assertThat(articles()).extracting(PersonArticle::id).containsExactly("early", "late");
        final PersonSummary summary = summary();
        assertThat(summary.name()).isEqualTo("Keum Sae-rok");
        assertThat(summary.articleCount()).isEqualTo(2);
        assertThat(summary.lastSeen()).isEqualTo(DEC_6);
        assertThat(summary.shows()).containsExactly(new ShowCount("soundtrack-2", "Soundtrack #2", 2));
    }

    @Test
    void shouldReplaceAnArticleWithItsNewRevisionAndIgnoreReplays() {
        personTags.pipeInput(KEUM.id(), personTagged(KEUM, "alpha", "a-1", 1, NOV_20));
        personTags.pipeInput(KEUM.id(), personTagged(KEUM, "alpha", "a-1", 2, DEC_6));
        personTags.pipeInput(KEUM.id(), personTagged(KEUM, "alpha", "a-1", 2, DEC_6));
        personTags.pipeInput(KEUM.id(), personTagged(KEUM, "alpha", "a-1", 1, NOV_20));

        assertThat(articles()).singleElement().satisfies(article -> {
            assertThat(article.revision()).isEqualTo(2);
            assertThat(article.published()).isEqualTo(DEC_6);
        });
        assertThat(summary().articleCount()).isEqualTo(1);
        assertThat(summary().shows()).containsExactly(new ShowCount("soundtrack-2", "Soundtrack #2", 1));
    }

    @Test
    void shouldTakeAnArticleOffThePersonsPageWhenARetagNoLongerNamesThem() {
        final PersonTag noh = person("noh-sang-hyun", "Noh Sang-hyun");
        personTags.pipeInput(KEUM.id(), personTagged(KEUM, "alpha", "a-1", 1, NOV_20));
        personTags.pipeInput(KEUM.id(), personTagged(KEUM, "alpha", "a-2", 1, DEC_6));

        personTags.pipeInput(KEUM.id(), new PersonTagged(KEUM, tagged("alpha", "a-2", 1, DEC_6, List.of(noh))));

        assertThat(articles()).extracting(PersonArticle::id).containsExactly("a-1");
        assertThat(summary().articleCount()).isEqualTo(1);
        assertThat(summary().shows()).containsExactly(new ShowCount("soundtrack-2", "Soundtrack #2", 1));
    }

    @Test
    void shouldKeepTheNewestRevisionOfEveryTaggedArticle() {
        taggedArticles.pipeInput("a-1", tagged("alpha", "a-1", 2, DEC_6, List.of(KEUM)));
        taggedArticles.pipeInput("a-1", tagged("alpha", "a-1", 1, NOV_20, List.of(KEUM)));

        final KeyValueStore<String, TaggedArticle> store = driver.getKeyValueStore(SinkTopology.ARTICLE_STORE);
        assertThat(store.get("a-1").revision()).isEqualTo(2);
    }

    private PersonSummary summary() {
        return driver.<String, PersonSummary>getKeyValueStore(SinkTopology.PERSON_STORE).get(KEUM.id());
    }

    private List<PersonArticle> articles() {
        return StoreContents.ofOwner(driver, SinkTopology.PERSON_ARTICLE_STORE, KEUM.id());
    }
}
