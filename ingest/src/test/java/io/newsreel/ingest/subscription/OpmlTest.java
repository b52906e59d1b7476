package io.newsreel.ingest.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreel.contract.event.FeedSubscription;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpmlTest {

    @Test
    void shouldReadFeedsAtAnyDepthAndSkipFolders() throws IOException {
        final String opml = """
                <?xml version="1.0"?>
                <opml version="2.0"><head><title>mine</title></head><body>
                  <outline text="Dramas">
                    <outline type="rss" text="Drama Desk" xmlUrl="https://desk.example/feed"/>
                    <outline text="Nested"><outline type="rss" title="Screen" xmlUrl=" https://screen.example/atom "/></outline>
                  </outline>
                  <outline type="rss" xmlUrl="https://bare.example/rss"/>
                </body></opml>""";

        assertThat(read(opml)).containsExactly(
                new Opml.Outline("https://desk.example/feed", "Drama Desk", null),
                new Opml.Outline("https://screen.example/atom", "Screen", null),
                new Opml.Outline("https://bare.example/rss", null, null));
    }

    @Test
    void shouldRoundTripSubscriptionsWithTheirZones() throws IOException {
        final List<FeedSubscription> subscriptions = List.of(
                new FeedSubscription("https://desk.example/feed?a=1&b=2", "Desk & Co", Duration.ofMinutes(5), true,
                        Instant.EPOCH, null, ZoneId.of("America/Los_Angeles")),
                new FeedSubscription("https://screen.example/atom", null, null, true, Instant.EPOCH));

        assertThat(read(Opml.write(subscriptions))).containsExactly(
                new Opml.Outline("https://desk.example/feed?a=1&b=2", "Desk & Co", ZoneId.of("America/Los_Angeles")),
                new Opml.Outline("https://screen.example/atom", "https://screen.example/atom", null));
    }

    @Test
    void shouldRefuseAZoneThatIsNoTimeZone() {
        final String opml = "<opml version=\"2.0\"><body><outline xmlUrl=\"https://desk.example/feed\" "
                + "zone=\"Pacific time\"/></body></opml>";

        assertThatThrownBy(() -> read(opml)).isInstanceOf(IOException.class)
                .hasMessageContaining("https://desk.example/feed").hasMessageContaining("'Pacific time'");
    }

    @Test
    void shouldRefuseDoctypes() {
        final String hostile = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<opml><body><outline xmlUrl=\"&x;\"/></body></opml>";

        assertThatThrownBy(() -> read(hostile)).isInstanceOf(IOException.class);
    }

    private static List<Opml.Outline> read(final String opml) throws IOException {
        return Opml.read(new ByteArrayInputStream(opml.getBytes(StandardCharsets.UTF_8)));
    }
}
