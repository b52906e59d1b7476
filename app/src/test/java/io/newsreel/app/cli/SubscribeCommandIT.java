package io.newsreel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsreel.app.Newsreel;
import io.newsreel.contract.event.Evidence;
import io.newsreel.contract.event.PersonTag;
import io.newsreel.contract.event.PersonTagged;
import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.ReleaseType;
import io.newsreel.contract.event.Salience;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.serde.Json;
import io.newsreel.contract.topic.Topic;
import io.newsreel.contract.topic.TopicProvisioner;
import io.newsreel.contract.topic.Topics;
import io.newsreel.testkit.KafkaCluster;
import io.newsreel.testkit.KafkaClusterExtension;
import io.newsreel.testkit.TestNames;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/** {@code newsreel subscribe} prints what is published on the tagged topics while it runs. */
@ExtendWith(KafkaClusterExtension.class)
@Timeout(120)
class SubscribeCommandIT {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void createTopics(final KafkaCluster kafka) {
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            new TopicProvisioner(admin).ensure(List.of(Topics.SHOW_TAGS, Topics.PERSON_TAGS, Topics.RELEASE_EVENTS));
        }
    }

    @Test
    void shouldPrintOnlyTheFollowedShowsArticlesPublishedAfterItStarted(final KafkaCluster kafka) throws Exception {
        final String showId = TestNames.unique("show");
        send(kafka, Topics.SHOW_TAGS, showId, showTagged(showId, "published before the subscription"));

        final CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> subscribe(kafka,
                "--show", showId, "--count", "2"));
        await().atMost(Duration.ofSeconds(30)).until(() -> err.toString().contains("Following show-tags for "
                + showId));
        send(kafka, Topics.SHOW_TAGS, showId, showTagged(showId, "first after"));
        send(kafka, Topics.SHOW_TAGS, "another-show", showTagged("another-show", "about another show"));
        send(kafka, Topics.SHOW_TAGS, showId, showTagged(showId, "second after"));

        assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "2023-12-06 18:00  Show " + showId + "  PRIMARY  \"first after\" (desk.example)",
                "2023-12-06 18:00  Show " + showId + "  PRIMARY  \"second after\" (desk.example)");
    }

    @Test
    void shouldPrintAPersonsArticlesFromTheBeginningAsJsonLines(final KafkaCluster kafka) throws Exception {
        final String personId = TestNames.unique("person");
        final PersonTagged first = personTagged(personId, "an interview");
        final PersonTagged second = personTagged(personId, "a casting");
        send(kafka, Topics.PERSON_TAGS, personId, first);
        send(kafka, Topics.PERSON_TAGS, personId, second);

        assertThat(subscribe(kafka, "--person", personId, "--from-beginning", "--json", "--count", "2")).isZero();

        assertThat(out.toString().lines().map(SubscribeCommandIT::readPersonTagged)).containsExactly(first, second);
    }

    @Test
    void shouldPrintEveryReleaseFactAsItComes(final KafkaCluster kafka) throws Exception {
        final String showId = TestNames.unique("show");
        final CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> subscribe(kafka,
                "--releases", "--count", "1"));
        await().atMost(Duration.ofSeconds(30)).until(() -> err.toString().contains("Following release-events"));
        send(kafka, Topics.RELEASE_EVENTS, showId, new ReleaseEvent(showId, "Show " + showId, null,
                ReleaseType.PREMIERE, LocalDate.of(2023, 12, 6), null, "Disney+", null, null, List.of(), "a1",
                new Evidence("It premieres on Disney+ on December 6.", 0, 38, "rule:premiere"), 0.9));

        assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString().lines()).containsExactly("2023-12-06  Show " + showId + "  PREMIERE  Disney+  "
                + "— \"It premieres on Disney+ on December 6.\" (article a1)");
    }

    private int subscribe(final KafkaCluster kafka, final String... arguments) {
        return new CommandLine(new Newsreel()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(CommandLines.against(kafka, "subscribe", arguments));
    }

    private static <V> void send(final KafkaCluster kafka, final Topic<V> topic, final String key, final V value)
            throws Exception {
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(kafka.clientProperties(),
                topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topic.name(), key, value)).get();
        }
    }

    private static ShowTagged showTagged(final String showId, final String title) {
        final ShowTag show = new ShowTag(showId, "Show " + showId, null, Salience.PRIMARY, 0.9,
                new Evidence("Show", 0, 4, "alias:show"));
        return new ShowTagged(show, article(title, List.of(show), List.of()));
    }

    private static PersonTagged personTagged(final String personId, final String title) {
        final PersonTag person = new PersonTag(personId, "Person " + personId, List.of("actor"), List.of("Person"),
                0.8, new Evidence("Person", 0, 6, "alias:person"));
        return new PersonTagged(person, article(title, List.of(), List.of(person)));
    }

    private static TaggedArticle article(final String title, final List<ShowTag> shows,
                                         final List<PersonTag> persons) {
        return new TaggedArticle(TestNames.unique("article"), 1, "https://desk.example/" + title.hashCode(),
                "https://www.desk.example/feed.xml", title, Instant.parse("2023-12-06T09:00:00Z"), null, shows,
                persons, List.of(), List.of(), "test");
    }

    private static PersonTagged readPersonTagged(final String line) {
        try {
            return Json.MAPPER.readValue(line, PersonTagged.class);
        } catch (final Exception e) {
            throw new AssertionError("Not a PersonTagged JSON line: " + line, e);
        }
    }
}
