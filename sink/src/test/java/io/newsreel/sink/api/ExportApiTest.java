package io.newsreel.sink.api;

import static io.newsreel.sink.api.ApiFixtures.SOUNDTRACK;
import static io.newsreel.sink.api.ApiFixtures.article;
import static io.newsreel.sink.api.ApiFixtures.episodes;
import static io.newsreel.sink.api.ApiFixtures.release;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.newsreel.contract.event.DateWindow;
import io.newsreel.contract.event.EntryKind;
import io.newsreel.contract.event.ReleaseType;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.contract.event.TimelineRelease;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ExportApiTest {

    @AutoClose
    private final ApiTestBed api = new ApiTestBed()
            .publish(article("stills", "First stills", Instant.parse("2023-11-13T00:00:00Z"),
                    List.of(SOUNDTRACK), List.of()))
            .publish(article("press", "Press day", Instant.parse("2023-11-30T05:00:00Z"),
                    List.of(SOUNDTRACK), List.of()))
            .putEntry(release("soundtrack-2", "premiere", ReleaseType.PREMIERE, LocalDate.parse("2023-12-06")))
            .putEntry(episodes("soundtrack-2", "episodes-3-4", LocalDate.parse("2023-12-13"), 3, 4))
            .putEntry(windowOnly());

    @Test
    void shouldServeAValidCalendarWithAnAllDayEventPerReleaseDay() {
        final HttpResponse<String> response = api.get("/api/shows/soundtrack-2/calendar.ics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/calendar"));
        final ICalendar calendar = Biweekly.parse(response.body()).first();
        assertThat(calendar.validate(ICalVersion.V2_0).isEmpty())
                .as("%s", calendar.validate(ICalVersion.V2_0)).isTrue();
        final List<VEvent> events = calendar.getEvents();
        assertThat(events).extracting(event -> event.getSummary().getValue()).containsExactly(
                "Soundtrack #2 — premiere", "Soundtrack #2 — episodes 3–4");
        final VEvent premiere = events.get(0);
        assertThat(premiere.getDateStart().getValue().hasTime()).isFalse();
        assertThat(day(premiere.getDateStart().getValue())).isEqualTo(LocalDate.parse("2023-12-06"));
        assertThat(day(premiere.getDateEnd().getValue())).isEqualTo(LocalDate.parse("2023-12-07"));
        assertThat(premiere.getUid().getValue()).isEqualTo("premiere@soundtrack-2.newsreel");
        assertThat(premiere.getUrl().getValue()).isEqualTo("https://desk.example/report/premiere");
        assertThat(premiere.getDescription().getValue()).contains("Report on premiere");
        assertThat(premiere.getDateTimeStamp().getValue().toInstant()).isEqualTo(ApiTestBed.NOW);
    }

    @Test
    void shouldKeepEventUidsAcrossRequests() {
        final List<String> first = uids(api.get("/api/shows/soundtrack-2/calendar.ics").body());
        api.publish(article("later", "Later news", Instant.parse("2023-12-08T00:00:00Z"), List.of(SOUNDTRACK),
                List.of()));

        assertThat(uids(api.get("/api/shows/soundtrack-2/calendar.ics").body())).isEqualTo(first).hasSize(2);
    }

    @Test
    void shouldServeAnAtomFeedOfTheNewestArticles() throws Exception {
        final HttpResponse<String> response = api.get("/api/shows/soundtrack-2/feed.atom");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/atom+xml"));
        final SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getUri()).isEqualTo("urn:newsreel:show:soundtrack-2");
        final List<SyndEntry> entries = feed.getEntries();
        assertThat(entries).extracting(SyndEntry::getUri).containsExactly("urn:newsreel:article:press",
                "urn:newsreel:article:stills");
        assertThat(entries.get(0).getTitle()).isEqualTo("Press day");
        assertThat(entries.get(0).getLink()).isEqualTo("https://desk.example/press");
        assertThat(entries.get(0).getUpdatedDate().toInstant()).isEqualTo(Instant.parse("2023-11-30T05:00:00Z"));
        assertThat(entries.get(0).getDescription().getValue()).isEqualTo("Summary of Press day");
    }

    @Test
    void shouldAnswerExportsOfAnUnknownShowWithA404() {
        assertThat(api.get("/api/shows/nothing/calendar.ics").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/shows/nothing/feed.atom").statusCode()).isEqualTo(404);
    }

    /** A release known only to its month: left out of the calendar. */
    private static TimelineEntry windowOnly() {
        final DateWindow january = new DateWindow(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-31"));
        return new TimelineEntry("soundtrack-2", "season-2", EntryKind.RELEASE,
                Instant.parse("2023-12-31T15:00:00Z"), null, new TimelineRelease(2, ReleaseType.ANNOUNCEMENT, null,
                january, null, null, null, null, null, 0.5, false, List.of()), null);
    }

    private static List<String> uids(final String calendar) {
        return Biweekly.parse(calendar).first().getEvents().stream().map(event -> event.getUid().getValue())
                .toList();
    }

    private static LocalDate day(final Date date) {
        return LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
}
