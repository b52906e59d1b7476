package io.newsreel.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsreel.app.TestServices;
import io.newsreel.app.samples.FeedServer;
import io.newsreel.contract.event.FeedSubscription;
import io.newsreel.contract.topic.TopicProvisioner;
import io.newsreel.contract.topic.Topics;
import io.newsreel.ingest.IngestService;
import io.newsreel.ingest.subscription.SubscriptionWriter;
import io.newsreel.testkit.KafkaCluster;
import io.newsreel.testkit.KafkaClusterExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The first poll of the subscribed feeds, followed from outside ingest on feed-status, reaches every due feed. */
@ExtendWith(KafkaClusterExtension.class)
@Timeout(120)
class FirstPollProgressIT {

    private static final String FEED = "<rss version=\"2.0\"><channel><title>Desk</title><item><title>Note</title>"
            + "<link>https://desk.example/note</link><pubDate>Mon, 01 Jan 2024 10:00:00 +0000</pubDate></item>"
            + "</channel></rss>";
    private static final Pattern FINAL = Pattern.compile("First poll: ([\\d,]+) of ([\\d,]+) \\(100%\\)");

    @BeforeEach
    void createTheTopicsFollowed(final KafkaCluster kafka) {
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            new TopicProvisioner(admin).ensure(List.of(Topics.FEED_SUBSCRIPTIONS, Topics.FEED_STATUS));
        }
    }

    @Test
    void shouldCountEveryDueFeedPolledAndStopByItself(final KafkaCluster kafka) {
        final Map<String, Object> clients = kafka.clientProperties();
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        final PrintStream terminal = new PrintStream(written, true, StandardCharsets.UTF_8);
        final byte[] feed = FEED.getBytes(StandardCharsets.UTF_8);
        try (FeedServer feeds = FeedServer.start(0, Map.of("a.xml", feed, "b.xml", feed, "c.xml", feed));
             SubscriptionWriter writer = new SubscriptionWriter(clients)) {
            feeds.urls().forEach(url -> writer.subscribe(new FeedSubscription(url, null, Duration.ofHours(1), true,
                    Instant.now())));
            try {
                final Instant startedAt = Instant.now();
                try (FirstPollProgress progress = FirstPollProgress.follow(clients, startedAt, 3,
                        total -> new Progress("First poll", total, terminal, true, System::nanoTime));
                     IngestService ingest = TestServices.ingest(kafka)) {
                    ingest.start();

                    await().atMost(Duration.ofSeconds(60)).until(progress::finished);
                }
                // Feeds other tests on this cluster left subscribed are due too: at least ours were counted.
                final Matcher last = FINAL.matcher(written.toString(StandardCharsets.UTF_8));
                assertThat(last.find()).as("a final count in %s", written).isTrue();
                assertThat(last.group(1)).isEqualTo(last.group(2));
                assertThat(Integer.parseInt(last.group(2).replace(",", ""))).isGreaterThanOrEqualTo(3);
                assertThat(feeds.requests("a.xml") + feeds.requests("b.xml") + feeds.requests("c.xml"))
                        .isGreaterThanOrEqualTo(3);
            } finally {
                // Other tests list every subscription of the shared cluster: leave none behind.
                feeds.urls().forEach(writer::unsubscribe);
            }
        }
    }

    @Test
    void shouldShowNothingForFewerFeedsThanAsked(final KafkaCluster kafka) {
        try (FirstPollProgress progress = FirstPollProgress.follow(kafka.clientProperties(), Instant.now(),
                Integer.MAX_VALUE, total -> {
                    throw new AssertionError("no progress expected for " + total + " feeds");
                })) {
            assertThat(progress.finished()).isTrue();
        }
    }
}
