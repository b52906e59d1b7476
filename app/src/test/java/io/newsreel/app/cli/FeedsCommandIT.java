package io.newsreel.app.cli;

import static io.newsreel.app.cli.CommandLines.command;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsreel.app.NewsreelCommandLine;
import io.newsreel.app.TestServices;
import io.newsreel.app.samples.FeedServer;
import io.newsreel.contract.event.Article;
import io.newsreel.contract.topic.TopicProvisioner;
import io.newsreel.contract.topic.Topics;
import io.newsreel.ingest.IngestService;
import io.newsreel.ingest.subscription.Opml;
import io.newsreel.testkit.KafkaCluster;
import io.newsreel.testkit.KafkaClusterExtension;
import io.newsreel.testkit.TopicContents;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The feeds commands against a running ingest: changes take effect without a restart. */
@ExtendWith(KafkaClusterExtension.class)
@Timeout(120)
class FeedsCommandIT {

    private static final String OPINION = feed("Opinion Corner", "opinion", 2);
    private static final String LISTINGS = feed("Listings Weekly", "listings", 3);
    private static final String DESK = feed("Coast Desk", "desk", 2);

    @Test
    void shouldImportListExportAndRemoveFeedsOfARunningIngest(final KafkaCluster kafka, @TempDir final Path dir)
            throws IOException {
        final Map<String, Object> clients = kafka.clientProperties();
        try (FeedServer feeds = FeedServer.start(0, Map.of(
                "opinion.xml", OPINION.getBytes(StandardCharsets.UTF_8),
                "listings.xml", LISTINGS.getBytes(StandardCharsets.UTF_8)));
             IngestService ingest = TestServices.ingest(kafka)) {
            ingest.start();
            final Path opml = dir.resolve("mine.opml");
            Files.writeString(opml, "<opml version=\"2.0\"><body>"
                    + "<outline type=\"rss\" text=\"Opinion\" xmlUrl=\"" + feeds.url("opinion.xml") + "\"/>"
                    + "<outline type=\"rss\" text=\"Listings\" xmlUrl=\"" + feeds.url("listings.xml") + "\"/>"
                    + "</body></opml>");

            assertThat(command(kafka, "feeds", "import", opml.toString(), "--interval", "PT1S"))
                    .contains("Subscribed to 2 new feeds");
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    articlesFrom(clients, feeds.url("opinion.xml")).size() == 2
                            && articlesFrom(clients, feeds.url("listings.xml")).size() == 3);

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(command(kafka, "feeds", "list"))
                    .contains(feeds.url("opinion.xml"), feeds.url("listings.xml"))
                    .doesNotContain("never"));
            assertThat(Opml.read(new ByteArrayInputStream(command(kafka, "feeds", "export")
                    .getBytes(StandardCharsets.UTF_8))))
                    .extracting(Opml.Outline::url)
                    .contains(feeds.url("opinion.xml"), feeds.url("listings.xml"));

            assertThat(command(kafka, "feeds", "remove", feeds.url("listings.xml"))).contains("Unsubscribed");
            assertThat(command(kafka, "feeds", "list")).doesNotContain(feeds.url("listings.xml"));
            // Polled every second until removed: three quiet seconds mean the running ingest let it go.
            final AtomicLong lastSeen = new AtomicLong(-1);
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(3))
                    .until(() -> lastSeen.getAndSet(feeds.requests("listings.xml")) == feeds.requests("listings.xml"));
            final long opinionPolls = feeds.requests("opinion.xml");
            await().atMost(Duration.ofSeconds(10)).until(() -> feeds.requests("opinion.xml") > opinionPolls);
        }
    }

    @Test
    void shouldDateAFeedsArticlesInTheZoneItWasAddedWith(final KafkaCluster kafka) {
        final Map<String, Object> clients = kafka.clientProperties();
        try (FeedServer feeds = FeedServer.start(0, Map.of("desk.xml", DESK.getBytes(StandardCharsets.UTF_8)));
             IngestService ingest = TestServices.ingest(kafka)) {
            ingest.start();

            assertThat(command(kafka, "feeds", "add", feeds.url("desk.xml"), "--zone", "America/Los_Angeles",
                    "--interval", "PT1S")).contains("Subscribed");

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> articlesFrom(clients, feeds.url("desk.xml")).size() == 2);
            // Dated "+0000" in January: Pacific Standard Time.
            assertThat(articlesFrom(clients, feeds.url("desk.xml"))).extracting(Article::publishedOffset)
                    .containsOnly(ZoneOffset.ofHours(-8));
            assertThat(command(kafka, "feeds", "list"))
                    .containsPattern("America/Los_Angeles +" + feeds.url("desk.xml"));
            // The cluster outlives this test; later ingests need not poll a feed whose server is gone.
            command(kafka, "feeds", "remove", feeds.url("desk.xml"));
        }
    }

    @Test
    void shouldReachTheKafkaTheEnvironmentNames(final KafkaCluster kafka) throws IOException, InterruptedException {
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            new TopicProvisioner(admin).ensure(List.of(Topics.FEED_SUBSCRIPTIONS, Topics.FEED_STATUS));
        }
        final ProcessBuilder list = new ProcessBuilder(NewsreelCommandLine.of(List.of("-Xmx128m"),
                List.of("feeds", "list"))).redirectErrorStream(true);
        list.environment().put("NEWSREEL_BOOTSTRAP_SERVERS", kafka.bootstrapServers());

        final Process process = list.start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).contains("STATE", "NEXT POLL", "URL");
    }

    private static List<Article> articlesFrom(final Map<String, Object> clients, final String feedUrl) {
        return TopicContents.readAll(clients, Topics.RAW_ARTICLES.name(), Topics.RAW_ARTICLES.valueSerde()
                .deserializer()).stream().map(record -> (Article) record.value())
                .filter(article -> feedUrl.equals(article.feedUrl())).toList();
    }

    private static String feed(final String title, final String slug, final int items) {
        final StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>" + title
                + "</title><link>https://" + slug + ".example/</link>");
        for (int i = 1; i <= items; i++) {
            rss.append("<item><title>").append(title).append(" note ").append(i).append("</title><link>https://")
                    .append(slug).append(".example/").append(i).append("</link><pubDate>Mon, 0").append(i)
                    .append(" Jan 2024 10:00:00 +0000</pubDate><description>Notes on the week, part ").append(i)
                    .append(".</description></item>");
        }
        return rss.append("</channel></rss>").toString();
    }
}
