package io.newsreel.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
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

        final ParsedFeed feed = parser.parse(FEED, rss.getBytes(StandardCharsets.UTF_8), null);

        assertThat(feed.title()).isEqualTo("Drama Desk");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.guid()).isEqualTo("drama-desk-1001");
            assertThat(item.published()).isEqualTo(Instant.parse("2023-12-20T00:00:00Z"));
            assertThat(item.publishedOffset()).isEqualTo(ZoneOffset.ofHours(9));
            assertThat(item.summaryHtml()).isEqualTo("Short <b>teaser</b>");
            assertThat(item.contentHtml()).isEqualTo("<p>Full body.</p>");
            assertThat(item.language()).isEqualTo("en");
        });
    }

    @Test
    void shouldKeepTheOffsetEachItemsDateWasWrittenInUnlessItWasUtc() throws FeedParseException {
        final String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel><title>Late Edition</title><link>https://news.example/</link>
                    <pubDate>Tue, 05 Dec 2023 20:00:00 GMT</pubDate>
                    <item><title>New York</title><link>https://news.example/1</link>
                      <pubDate>Tue, 5 Dec 2023 20:00:00 -0500</pubDate></item>
                    <item><title>London</title><link>https://news.example/2</link>
                      <pubDate>Tue, 05 Dec 2023 20:00:00 GMT</pubDate></item>
                    <item><title>Seoul, Dublin Core</title><link>https://news.example/3</link>
                      <dc:date>2023-12-06T10:30:00+09:00</dc:date></item>
                    <item><title>Zone name</title><link>https://news.example/4</link>
                      <pubDate>Wed, 06 Dec 2023 11:00:00 KST</pubDate></item>
                    <item><title>Undated</title><link>https://news.example/5</link></item>
                    <item><title>Paris, in CDATA</title><link>https://news.example/6</link>
                      <pubDate><![CDATA[ Wed, 06 Dec 2023 12:00:00 +0100 ]]></pubDate></item>
                  </channel>
                </rss>""";

        final ParsedFeed feed = parser.parse(FEED, rss.getBytes(StandardCharsets.UTF_8), null);

        assertThat(feed.items()).extracting(FeedItem::publishedOffset)
                .containsExactly(ZoneOffset.ofHours(-5), null, ZoneOffset.ofHours(9), null, null, ZoneOffset.ofHours(1));
        assertThat(feed.items().get(0).published()).isEqualTo(Instant.parse("2023-12-06T01:00:00Z"));
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

        final ParsedFeed feed = parser.parse(FEED, atom.getBytes(StandardCharsets.UTF_8), null);

        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.guid()).isEqualTo("urn:screen-notes:42");
            assertThat(item.link()).isEqualTo("https://screen.example/42");
            assertThat(item.author()).isEqualTo("Min Ji");
            assertThat(item.published()).isEqualTo(Instant.parse("2023-12-06T01:00:00Z"));
            assertThat(item.publishedOffset()).isEqualTo(ZoneOffset.ofHours(9));
            assertThat(item.contentHtml()).isEqualTo("<p>Body</p>");
        });
    }

    @Test
    void shouldRefuseDoctypesSoEntitiesCannotExpand() {
        final String hostile = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <rss version="2.0"><channel><title>&b;</title></channel></rss>""";

        assertThatThrownBy(() -> parser.parse(FEED, hostile.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(FeedParseException.class,
                        e -> assertThat(e.kind()).isEqualTo(FeedParseException.Kind.FORBIDDEN_DOCTYPE))
                .hasMessageContaining(FEED);
    }

    @Test
    void shouldTurnAnHtmlPageIntoAParseError() {
        final byte[] html = "<html><body><p>Not a feed</p></body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse(FEED, html, null)).isInstanceOfSatisfying(FeedParseException.class,
                e -> assertThat(e.kind()).isEqualTo(FeedParseException.Kind.NOT_A_FEED));
    }

    @Test
    void shouldReadRss1AndRss090AndAtom03() throws FeedParseException {
        final String rdf = """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://rdf.example/"><title>RDF Desk</title><link>https://rdf.example/</link>
                    <description>d</description></channel>
                  <item rdf:about="https://rdf.example/1"><title>Casting news</title><link>https://rdf.example/1</link>
                    <dc:date>2023-12-01T10:00:00+09:00</dc:date></item>
                </rdf:RDF>""";
        final String rss090 = """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
                  <channel><title>Old Desk</title><link>https://old.example/</link><description>d</description></channel>
                  <item><title>Old news</title><link>https://old.example/1</link></item>
                </rdf:RDF>""";
        final String atom03 = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed version="0.3" xmlns="http://purl.org/atom/ns#">
                  <title>Legacy Atom</title><modified>2023-12-01T00:00:00Z</modified>
                  <entry><title>Teaser out</title><link rel="alternate" type="text/html" href="https://atom03.example/1"/>
                    <id>tag:atom03.example,2023:1</id><issued>2023-12-01T00:00:00Z</issued>
                    <modified>2023-12-01T00:00:00Z</modified></entry>
                </feed>""";

        assertThat(parser.parse(FEED, rdf.getBytes(StandardCharsets.UTF_8), null).items()).singleElement()
                .satisfies(item -> assertThat(item.published()).isEqualTo(Instant.parse("2023-12-01T01:00:00Z")));
        assertThat(parser.parse(FEED, rss090.getBytes(StandardCharsets.UTF_8), null).items())
                .extracting(FeedItem::title).containsExactly("Old news");
        assertThat(parser.parse(FEED, atom03.getBytes(StandardCharsets.UTF_8), null).items())
                .extracting(FeedItem::link).containsExactly("https://atom03.example/1");
    }

    @Test
    void shouldPreferTheDocumentsDeclaredCharsetOverAWrongHeader() throws FeedParseException {
        final String latin1 = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <rss version="2.0"><channel><title>Café Drama</title><link>https://l.example/</link>
                <description>d</description></channel></rss>""";

        assertThat(parser.parse(FEED, latin1.getBytes(StandardCharsets.ISO_8859_1), "text/xml; charset=utf-8")
                .title()).isEqualTo("Café Drama");
    }

    @Test
    void shouldCollectEnclosuresAndMediaContent() throws FeedParseException {
        final String rss = """
                <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title>
                  <link>https://m.example/</link><description>d</description>
                  <item><title>Trailer</title><link>https://m.example/1</link>
                    <enclosure url="https://m.example/trailer.mp4" length="1000" type="video/mp4"/>
                    <media:content url="https://m.example/poster.jpg" medium="image"/>
                    <media:group><media:content url="https://m.example/clip.webm" type="video/webm"/></media:group>
                  </item></channel></rss>""";

        assertThat(parser.parse(FEED, rss.getBytes(StandardCharsets.UTF_8), null).items().get(0).enclosures())
                .containsExactlyInAnyOrder("https://m.example/trailer.mp4", "https://m.example/poster.jpg",
                        "https://m.example/clip.webm");
    }

    @Test
    void shouldCallAnEmptyBodyEmpty() {
        assertThatThrownBy(() -> parser.parse(FEED, " \n ".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(FeedParseException.class,
                        e -> assertThat(e.kind()).isEqualTo(FeedParseException.Kind.EMPTY));
    }
}
