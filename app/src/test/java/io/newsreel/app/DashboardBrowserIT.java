package io.newsreel.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsreel.app.browser.Browser;
import io.newsreel.app.browser.DashboardPage;
import io.newsreel.app.browser.DashboardPage.Entry;
import io.newsreel.app.samples.FeedServer;
import io.newsreel.contract.event.FeedSubscription;
import io.newsreel.contract.serde.Json;
import io.newsreel.ingest.IngestService;
import io.newsreel.ingest.subscription.SubscriptionWriter;
import io.newsreel.processor.ProcessorService;
import io.newsreel.sink.SinkService;
import io.newsreel.testkit.KafkaCluster;
import io.newsreel.testkit.KafkaClusterExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dashboard in a real (headless Chromium) browser over the whole pipeline: a show's timeline with articles and a
 * release, a person's page, and an article arriving live. Screenshots of each step, on a desktop and a phone viewport,
 * go to {@code target/screenshots}. Skipped without Chromium unless {@value Browser#REQUIRE_ENV} is set.
 *
 * <p>It writes about a show and a person no other test in the JVM writes about, with Streams application ids of its
 * own, so whatever else is on the shared broker neither disturbs it nor is disturbed by it.
 */
@ExtendWith(KafkaClusterExtension.class)
@Timeout(300)
class DashboardBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String FEED = "dashboard-desk.xml";
    private static final String SHOW = "gyeongseong-creature";
    private static final String SHOW_NAME = "Gyeongseong Creature";
    private static final String PERSON = "han-so-hee";
    private static final String PERSON_NAME = "Han So-hee";

    private static final String PREMIERE_TITLE = "Gyeongseong Creature premieres December 22 on Netflix";
    private static final String PREMIERE = item("dd-1", PREMIERE_TITLE, "Mon, 20 Nov 2023 09:00:00 +0900",
            "Netflix has confirmed that Gyeongseong Creature premieres on December 22. Han So-hee plays Yoon "
                    + "Chae-ok, a tracker searching for her missing mother, opposite Park Seo-joon as the pawnshop "
                    + "owner Jang Tae-sang.");
    private static final String MONSTER_TITLE = "Han So-hee and Park Seo-joon on the monster of Gyeongseong Creature";
    private static final String MONSTER = item("dd-2", MONSTER_TITLE, "Tue, 28 Nov 2023 10:00:00 +0900",
            "Han So-hee said she trained for months for the action scenes of Gyeongseong Creature. Park Seo-joon "
                    + "called the creature the hardest scene partner of his career.");
    private static final String THANKS_TITLE = "Han So-hee thanks viewers of Gyeongseong Creature";
    private static final String THANKS = item("dd-3", THANKS_TITLE, "Fri, 29 Dec 2023 12:00:00 +0900",
            "A week after Gyeongseong Creature arrived on Netflix, Han So-hee thanked viewers in a handwritten "
                    + "letter and promised more answers in the second part.");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldShowTimelinePersonAndLiveArticlesInABrowser(final KafkaCluster kafka, @TempDir final Path stateDir)
            throws Exception {
        requireBrowser();
        final Map<String, Object> clients = kafka.clientProperties();
        try (FeedServer feeds = FeedServer.start(0, Map.of(FEED, feed(PREMIERE, MONSTER)));
             ProcessorService processor = TestServices.processor(kafka, "dashboard", stateDir);
             SinkService sink = TestServices.sink(kafka, "dashboard", stateDir);
             IngestService ingest = TestServices.ingest(kafka);
             Browser browser = Browser.start(SCREENSHOTS)) {
            // Given the pipeline, polling the feed every second, has built the show's timeline
            processor.start();
            sink.start();
            ingest.start();
            try (SubscriptionWriter subscriptions = new SubscriptionWriter(clients)) {
                subscriptions.subscribe(new FeedSubscription(feeds.url(FEED), null, Duration.ofSeconds(1), true,
                        Instant.now(), false, null));
            }
            final String baseUrl = "http://127.0.0.1:" + sink.httpPort();
            await().atMost(Duration.ofSeconds(120)).until(() -> hasArticlesAndARelease(baseUrl));
            final DashboardPage page = new DashboardPage(browser, baseUrl);

            // When the home page is opened, then it lists the show
            page.openHome();
            final WebElement card = page.showCard(SHOW);
            assertThat(card.getText()).contains(SHOW_NAME);
            assertThat(card.findElement(By.cssSelector("[data-testid=show-card-articles]")).getText())
                    .isEqualTo("2");
            browser.screenshot("01-home-desktop");

            // When the show is opened, then its timeline shows both articles and the premiere
            page.openShowFromHome(SHOW, SHOW_NAME);
            assertThat(page.entries(3)).extracting(Entry::title).contains(PREMIERE_TITLE, MONSTER_TITLE);
            final Entry premiere = page.entry("RELEASE", "Premiere").orElseThrow();
            assertThat(page.text("calendar-link")).contains("Calendar");
            assertThat(page.text("atom-link")).contains("Atom");
            page.entryElement(premiere.id()).findElement(By.cssSelector("[data-testid=sources-toggle]")).click();
            assertThat(page.text("source-evidence")).contains("premieres");
            browser.screenshot("02-show-desktop");

            // When articles are filtered out, then only release and episode entries remain
            page.click("filter-kind-article");
            assertThat(page.entries(1)).extracting(Entry::kind).doesNotContain("ARTICLE");
            page.click("filter-kind-article");
            assertThat(page.entries(3)).extracting(Entry::kind).contains("ARTICLE", "RELEASE");

            // When a person named in an article is followed, then their page lists the show and both articles
            page.openPerson(PERSON, PERSON_NAME);
            page.waitForText("person-shows", SHOW_NAME, Duration.ofSeconds(20));
            assertThat(page.texts("person-article")).anyMatch(text -> text.contains(PREMIERE_TITLE))
                    .anyMatch(text -> text.contains(MONSTER_TITLE));
            browser.screenshot("03-person-desktop");

            // When going back to the show and a new article is published while the page stays open
            browser.driver().navigate().back();
            page.entries(3);
            page.markDocument();
            page.waitForAttribute("live-status", "data-state", "open", Duration.ofSeconds(30));
            feeds.put(FEED, feed(PREMIERE, MONSTER, THANKS));

            // Then it appears on the page without a reload, flagged as new and announced
            final Entry arrived = page.entryTitled(THANKS_TITLE, Duration.ofSeconds(90));
            assertThat(arrived.isNew()).isTrue();
            assertThat(page.isSameDocument()).isTrue();
            page.waitForText("announcer", THANKS_TITLE, Duration.ofSeconds(10));
            page.waitForText("show-article-count", "3 articles", Duration.ofSeconds(10));
            browser.screenshot("04-live-desktop");

            // And the pages read well on a phone
            browser.viewport(390, 844, true);
            browser.screenshot("05-show-phone");
            page.openPerson(PERSON, PERSON_NAME);
            browser.screenshot("06-person-phone");
            page.openHome();
            page.showCard(SHOW);
            browser.screenshot("07-home-phone");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** Skips the test without a browser, or fails it when the environment demands one. */
    private static void requireBrowser() {
        Browser.unavailableBecause().ifPresent(reason -> {
            if (System.getenv(Browser.REQUIRE_ENV) != null) {
                fail(reason + " (" + Browser.REQUIRE_ENV + " is set, so the browser test must run)");
            }
            assumeTrue(false, reason + "; skipping the browser test");
        });
    }

    private boolean hasArticlesAndARelease(final String baseUrl) throws Exception {
        final URI timeline = URI.create(baseUrl + "/api/shows/" + SHOW + "/timeline");
        final HttpResponse<String> response = http.send(HttpRequest.newBuilder(timeline).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return false;
        }
        final JsonNode entries = Json.MAPPER.readTree(response.body()).get("entries");
        return entries.findValuesAsText("kind").stream().filter("ARTICLE"::equals).count() >= 2
                && entries.findValuesAsText("kind").contains("RELEASE");
    }

    private static String item(final String guid, final String title, final String date, final String text) {
        return """
                <item><title>%s</title><link>https://dashboard-desk.example/%s</link>
                  <guid isPermaLink="false">%s</guid><pubDate>%s</pubDate><description>%s</description></item>
                """.formatted(title, guid, guid, date, text);
    }

    private static byte[] feed(final String... items) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Dashboard Desk</title><link>https://dashboard-desk.example/</link>
                %s</channel></rss>""".formatted(String.join("", items))).getBytes(StandardCharsets.UTF_8);
    }
}
