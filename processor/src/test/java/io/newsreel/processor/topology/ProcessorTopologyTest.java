package io.newsreel.processor.topology;

import static io.newsreel.processor.fixtures.Fixtures.KEUM_SAE_ROK;
import static io.newsreel.processor.fixtures.Fixtures.MOVING;
import static io.newsreel.processor.fixtures.Fixtures.SOUNDTRACK_2;
import static io.newsreel.processor.fixtures.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.event.ErrorRecord;
import io.newsreel.contract.event.PersonEntry;
import io.newsreel.contract.event.PersonTagged;
import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.topic.Topic;
import io.newsreel.contract.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProcessorTopologyTest {

    private static final Instant NOW = Instant.parse("2023-11-28T03:00:00Z");

    private TopologyTestDriver driver;
    private TestInputTopic<String, CatalogEntry> catalog;
    private TestInputTopic<String, Article> raw;
    private TestOutputTopic<String, TaggedArticle> tagged;
    private TestOutputTopic<String, ShowTagged> showTags;
    private TestOutputTopic<String, PersonTagged> personTags;
    private TestOutputTopic<String, ErrorRecord> errors;

    @BeforeEach
    void startDriver() {
        driver = ProcessorDrivers.start("processor-test");
        catalog = input(Topics.CATALOG);
        raw = input(Topics.RAW_ARTICLES);
        tagged = output(Topics.TAGGED_ARTICLES);
        showTags = output(Topics.SHOW_TAGS);
        personTags = output(Topics.PERSON_TAGS);
        errors = output(Topics.PROCESSOR_ERRORS);
        List.of(SOUNDTRACK_2, MOVING, KEUM_SAE_ROK).forEach(entry -> catalog.pipeInput(entry.key(), entry, NOW));
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldPublishTheTaggedArticleAndOneRecordPerShowAndPersonTag() {
        raw.pipeInput("a1", article("a1", "Soundtrack #2 first look",
                "Keum Sae-rok leads the cast; the director also made Moving."), NOW);

        assertThat(tagged.readKeyValue().key).isEqualTo("a1");
        assertThat(showTags.readKeyValuesToList()).extracting(record -> record.key)
                .containsExactly("soundtrack-2", "moving");
        assertThat(personTags.readKeyValuesToList())
                .extracting(record -> record.key, record -> record.value.article().id())
                .containsExactly(Tuple.tuple("keum-sae-rok", "a1"));
        assertThat(tagged.isEmpty()).isTrue();
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void shouldUseACatalogChangeWithoutARestart() {
        final PersonEntry renamed = new PersonEntry("keum-sae-rok", "Keum Sae-rok", List.of("Sae-rok Keum"),
                List.of("actor"), Map.of(), false);
        catalog.pipeInput(renamed.key(), renamed, NOW);

        raw.pipeInput("a2", article("a2", "Meet Sae-rok Keum", "An interview."), NOW);

        assertThat(personTags.readKeyValue().key).isEqualTo("keum-sae-rok");
    }

    @Test
    void shouldProposeAConfidentlyDiscoveredPersonToTheCatalogOnce() {
        final TestOutputTopic<String, CatalogEntry> proposals = output(Topics.CATALOG);
        proposals.readKeyValuesToList();

        raw.pipeInput("a4", article("a4", "Moving gets a new face",
                "Actor Lee Do-hyun joins the second season of Moving."), NOW);
        raw.pipeInput("a5", article("a5", "More on Moving", "Actor Lee Do-hyun was seen on set of Moving."), NOW);

        assertThat(proposals.readKeyValuesToList()).singleElement().satisfies(proposal -> {
            assertThat(proposal.key).isEqualTo("person:lee-do-hyun");
            assertThat(proposal.value).isInstanceOfSatisfying(PersonEntry.class, person -> {
                assertThat(person.discovered()).isTrue();
                assertThat(person.roles()).containsExactly("actor");
            });
        });
        final List<TaggedArticle> tagged = this.tagged.readValuesToList();
        assertThat(tagged).extracting(article -> article.persons().get(0).id())
                .containsExactly("lee-do-hyun", "lee-do-hyun");
    }

    @Test
    void shouldRouteAnUnreadableRecordToTheErrorTopicAndGoOn() {
        driver.createInputTopic(Topics.RAW_ARTICLES.name(), new StringSerializer(), new ByteArraySerializer())
                .pipeInput("bad", "{not json".getBytes(StandardCharsets.UTF_8), NOW);
        raw.pipeInput("a3", article("a3", "Moving wins an award", "Moving was honoured."), NOW);

        final ErrorRecord error = errors.readValue();
        assertThat(error.kind()).isEqualTo("deserialization");
        assertThat(error.subject()).isEqualTo("bad");
        assertThat(error.topic()).isEqualTo(Topics.RAW_ARTICLES.name());
        assertThat(error.message()).contains("Article");
        assertThat(tagged.readKeyValue().key).isEqualTo("a3");
    }

    private <V> TestInputTopic<String, V> input(final Topic<V> topic) {
        return ProcessorDrivers.input(driver, topic);
    }

    private <V> TestOutputTopic<String, V> output(final Topic<V> topic) {
        return ProcessorDrivers.output(driver, topic);
    }
}
