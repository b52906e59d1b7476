package io.newsreel.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.FeedSubscription;
import io.newsreel.contract.topic.Topic;
import io.newsreel.contract.topic.Topics;
import io.newsreel.ingest.fetch.FetchSettings;
import io.newsreel.ingest.subscription.SubscriptionWriter;
import io.newsreel.testkit.KafkaCluster;
import io.newsreel.testkit.KafkaClusterExtension;
import io.newsreel.testkit.TopicContents;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ingest service on a real broker, with a healthy, a broken and a moved feed side by side. */
@ExtendWith(KafkaClusterExtension.class)
@Timeout(120)
class IngestServiceIT {

    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/healthy.xml", exchange -> respond(exchange, 200, feed("Healthy Desk", "healthy", 3)));
        server.createContext("/broken.xml", exchange -> respond(exchange, 200, "<rss><channel><item>"));
        server.createContext("/old-home.xml", exchange -> {
            exchange.getResponseHeaders().add("Location", "/new-home.xml");
            respond(exchange, 301, "");
        });
        server.createContext("/new-home.xml", exchange -> respond(exchange, 200, feed("Moved Desk", "moved", 2)));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void shouldKeepHealthyFeedsFlowingReportBrokenOnesAndFollowMovedOnes(final KafkaCluster kafka) {
        final Map<String, Object> clients = kafka.clientProperties();
        final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        try (IngestService ingest = new IngestService(IngestConfig.defaults(clients)
                .withFetch(FetchSettings.DEFAULTS.withAllowPrivateAddresses(true)), Clock.systemUTC(), metrics);
             SubscriptionWriter subscriptions = new SubscriptionWriter(clients)) {
            ingest.start();
            List.of("/healthy.xml", "/broken.xml", "/old-home.xml").forEach(path -> subscriptions.subscribe(
                    new FeedSubscription(url(path), null, Duration.ofMinutes(10), true, Instant.now(), false, null)));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(articlesFrom(clients, url("/healthy.xml"))).hasSize(3);
                // Read first through the old address; the same stories are not published again from the new one.
                assertThat(articlesFrom(clients, url("/old-home.xml"))).hasSize(2);
            });
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    values(clients, Topics.INGEST_ERRORS).stream()
                            .filter(error -> url("/broken.xml").equals(error.subject())))
                    .singleElement().satisfies(error -> {
                        assertThat(error.kind()).isEqualTo("malformed-feed");
                        assertThat(error.attempt()).isEqualTo(1);
                        assertThat(error.service()).isEqualTo("ingest");
                    }));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                final Map<String, FeedSubscription> latest = new HashMap<>();
                TopicContents.readAll(clients, Topics.FEED_SUBSCRIPTIONS.name(),
                        Topics.FEED_SUBSCRIPTIONS.valueSerde().deserializer())
                        .forEach(record -> latest.put(record.key(), record.value()));
                assertThat(latest).containsKey(url("/old-home.xml")).containsEntry(url("/old-home.xml"), null);
                assertThat(latest.get(url("/new-home.xml"))).isNotNull();
            });
            assertThat(values(clients, Topics.FEED_STATUS).stream()
                    .filter(status -> url("/broken.xml").equals(status.url())).reduce((first, last) -> last))
                    .hasValueSatisfying(status -> {
                        assertThat(status.consecutiveFailures()).isEqualTo(1);
                        assertThat(status.lastErrorKind()).isEqualTo("malformed-feed");
                        assertThat(status.nextPoll()).isAfter(Instant.now());
                    });
            assertThat(metrics.counter("newsreel.ingest.errors", "kind", "malformed-feed").count()).isEqualTo(1);
            assertThat(metrics.counter("newsreel.ingest.articles.published").count()).isEqualTo(5);
        }
    }

    private String url(final String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private List<Article> articlesFrom(final Map<String, Object> clients, final String feedUrl) {
        return values(clients, Topics.RAW_ARTICLES).stream()
                .filter(article -> feedUrl.equals(article.feedUrl())).toList();
    }

    private static <V> List<V> values(final Map<String, Object> clients, final Topic<V> topic) {
        return TopicContents.readAll(clients, topic.name(), topic.valueSerde().deserializer()).stream()
                .map(record -> record.value()).filter(Objects::nonNull).toList();
    }

    private static String feed(final String title, final String slug, final int items) {
        final StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>" + title
                + "</title><link>https://" + slug + ".example/</link>");
        for (int i = 1; i <= items; i++) {
            rss.append("<item><title>").append(title).append(" story ").append(i).append("</title><link>https://")
                    .append(slug).append(".example/").append(i).append("</link><description>Story ").append(i)
                    .append(" of the week.</description></item>");
        }
        return rss.append("</channel></rss>").toString();
    }

    private static void respond(final HttpExchange exchange, final int status, final String body)
            throws IOException {
        final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
