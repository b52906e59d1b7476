package io.newsreel.sink.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsreel.contract.event.PersonTag;
import io.newsreel.contract.event.PersonTagged;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.contract.serde.Json;
import io.newsreel.contract.topic.Topics;
import io.newsreel.ops.Health;
import io.newsreel.ops.Monitoring;
import io.newsreel.sink.fixtures.SinkDrivers;
import io.newsreel.sink.live.ChangeBroadcaster;
import io.newsreel.sink.routing.InstanceRouting;
import io.newsreel.sink.routing.SingleInstanceRouting;
import io.newsreel.sink.timeline.TimeOrderedKeys;
import io.newsreel.sink.topology.SinkTopology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The sink's topology in a {@code TopologyTestDriver} with the HTTP API on its stores, as one instance that owns
 * everything; articles go in as the processor publishes them, on every tag topic.
 */
final class ApiTestBed implements AutoCloseable {

    /** Noon of 10 December 2023 in Seoul, where release days are counted. */
    static final Instant NOW = Instant.parse("2023-12-10T03:00:00Z");

    private final HttpClient client = HttpClient.newHttpClient();
    private final TopologyTestDriver driver;
    private final ChangeBroadcaster changes = new ChangeBroadcaster(ChangeBroadcaster.DEFAULT_CAPACITY);
    private final ApiServer server;
    private final TestInputTopic<String, TaggedArticle> taggedArticles;
    private final TestInputTopic<String, ShowTagged> showTags;
    private final TestInputTopic<String, PersonTagged> personTags;

    ApiTestBed() {
        this(new SingleInstanceRouting());
    }

    /** A test bed that takes {@code routing}'s word for which instance owns what. */
    ApiTestBed(final InstanceRouting routing) {
        // Its own application id, so its own state directory: some tests run two test beds at once.
        driver = SinkDrivers.start("api-test-" + UUID.randomUUID());
        taggedArticles = SinkDrivers.input(driver, Topics.TAGGED_ARTICLES);
        showTags = SinkDrivers.input(driver, Topics.SHOW_TAGS);
        personTags = SinkDrivers.input(driver, Topics.PERSON_TAGS);
        // Always healthy, with metrics nobody reads.
        server = ApiServer.start(new ApiBackend(driver::getKeyValueStore, routing, changes,
                Clock.fixed(NOW, ZoneOffset.UTC)),
                new Monitoring(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), Health::up), "127.0.0.1", 0);
    }

    /** Publishes an article the way the processor does: once by id and once per show and person tag. */
    ApiTestBed publish(final TaggedArticle article) {
        taggedArticles.pipeInput(article.id(), article);
        for (final ShowTag show : article.shows()) {
            showTags.pipeInput(show.id(), new ShowTagged(show, article));
        }
        for (final PersonTag person : article.persons()) {
            personTags.pipeInput(person.id(), new PersonTagged(person, article));
        }
        return this;
    }

    /** Puts a release or episode entry straight into the timeline store, where the topology keeps them. */
    ApiTestBed putEntry(final TimelineEntry entry) {
        driver.<String, TimelineEntry>getKeyValueStore(SinkTopology.TIMELINE_STORE)
                .put(TimeOrderedKeys.key(entry.showId(), entry.at(), entry.entryId()), entry);
        return this;
    }

    ChangeBroadcaster changes() {
        return changes;
    }

    int port() {
        return server.port();
    }

    URI uri(final String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    HttpResponse<String> get(final String pathAndQuery, final String... headers) {
        try {
            final HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body of a 200 answer. */
    JsonNode json(final String pathAndQuery) {
        final HttpResponse<String> response = get(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + pathAndQuery + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return parse(response.body());
    }

    /** The value of {@code field} of each element of a JSON array, not of the elements' nested objects. */
    static List<String> each(final JsonNode array, final String field) {
        final List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.get(field).asText()));
        return values;
    }

    static JsonNode parse(final String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the HTTP server alone, leaving the live changes flowing. */
    void stopServer() {
        server.close();
    }

    @Override
    public void close() {
        changes.close();
        server.close();
        driver.close();
    }
}
