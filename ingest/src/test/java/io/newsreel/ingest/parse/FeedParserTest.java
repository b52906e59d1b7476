package io.newsreel.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private static final String FEED = "https://news.example/feed";
    private final FeedParser parser = new FeedParser();

    @Test
    void shouldReadRssItemsWithEncodedContent() throws FeedParseException {
        final String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel><title>Drama Desk</title><link>https://news.example/</link><language>en</language>
                    <item>
                      <title>Finale date confirmed</title>
                      <link>https://news.example/finale?utm_source=rss</link>
                      <guid isPermaLink="false">drama-desk-1001</guid>
                      <pubDate>Wed, 20 Dec 2023 09:00:00 +0900</pubDate>
                      <description>Short &lt;b&gt;teaser&lt;/b&gt;</description>
                      <content:encoded><![CDATA[<p>Full body.</p>]]></content:encoded>
                    </item>
                  </channel>
                </rss>""";

        final ParsedFeed feed = parser.parse(FEED, rss.getBytes(StandardCharsets.UTF_8));

        assertThat(feed.title()).isEqualTo("Drama Desk");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.guid()).isEqualTo("drama-desk-1001");
            assertThat(item.published()).isEqualTo(Instant.parse("2023-12-20T00:00:00Z"));
            assertThat(item.summaryHtml()).isEqualTo("Short <b>teaser</b>");
            assertThat(item.contentHtml()).isEqualTo("<p>Full body.</p>");
            assertThat(item.language()).isEqualTo("en");
        });
    }

    @Test
    void shouldReadAtomEntries() throws FeedParseException {
        final String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Screen Notes</title><id>urn:screen-notes</id><updated>2023-12-06T10:00:00Z</updated>
                  <entry>
                    <title>Premiere night</title><id>urn:screen-notes:42</id>
                    <link href="https://screen.example/42"/>
                    <published>2023-12-06T10:00:00+09:00</published><updated>2023-12-06T11:00:00Z</updated>
                    <author><name>Min Ji</name></author>
                    <content type="html">&lt;p&gt;Body&lt;/p&gt;</content>
                  </entry>
                </feed>""";

        final ParsedFeed feed = parser.parse(FEED, atom.getBytes(StandardCharsets.UTF_8));

        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.guid()).isEqualTo("urn:screen-notes:42");
            assertThat(item.link()).isEqualTo("https://screen.example/42");
            assertThat(item.author()).isEqualTo("Min Ji");
            assertThat(item.published()).isEqualTo(Instant.parse("2023-12-06T01:00:00Z"));
            assertThat(item.contentHtml()).isEqualTo("<p>Body</p>");
        });
    }

    @Test
    void shouldRefuseDoctypesSoEntitiesCannotExpand() {
        final String hostile = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <rss version="2.0"><channel><title>&b;</title></channel></rss>""";

        assertThatThrownBy(() -> parser.parse(FEED, hostile.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FeedParseException.class)
                .hasMessageContaining(FEED);
    }

    @Test
    void shouldTurnAnHtmlPageIntoAParseError() {
        final byte[] html = "<html><body><p>Not a feed</p></body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse(FEED, html)).isInstanceOf(FeedParseException.class);
    }
}
