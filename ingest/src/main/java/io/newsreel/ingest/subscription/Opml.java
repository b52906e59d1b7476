package io.newsreel.ingest.subscription;

import io.newsreel.contract.event.FeedSubscription;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * OPML 2.0 subscription lists, the format feed readers import and export. Reading refuses DOCTYPEs, like every
 * other XML newsreel reads. A feed's time zone travels as an outline attribute of its own, {@code zone}, which other
 * readers ignore.
 */
public final class Opml {

    private static final String ZONE = "zone";

    private Opml() {
    }

    /**
     * One feed listed in an OPML file.
     *
     * @param url the {@code xmlUrl}
     * @param title the outline's title or text, or null
     * @param zone the time zone the outlet writes in ({@link FeedSubscription#zone()}), or null
     */
    public record Outline(String url, String title, ZoneId zone) {
    }

    /** The feeds an OPML document lists, at any depth of outline nesting. */
    public static List<Outline> read(final InputStream in) throws IOException {
        final Document document;
        try {
            document = builder().parse(in);
        } catch (final SAXException e) {
            throw new IOException("Not a readable OPML file: " + e.getMessage(), e);
        }
        final NodeList outlines = document.getElementsByTagName("outline");
        final List<Outline> feeds = new ArrayList<>();
        for (int i = 0; i < outlines.getLength(); i++) {
            final Element outline = (Element) outlines.item(i);
            final String url = outline.getAttribute("xmlUrl").strip();
            if (!url.isEmpty()) {
                final String title = !outline.getAttribute("title").isBlank()
                        ? outline.getAttribute("title") : outline.getAttribute("text");
                feeds.add(new Outline(url, title.isBlank() ? null : title.strip(), zone(outline, url)));
            }
        }
        return feeds;
    }

    private static ZoneId zone(final Element outline, final String url) throws IOException {
        final String zone = outline.getAttribute(ZONE).strip();
        if (zone.isEmpty()) {
            return null;
        }
        try {
            return FeedSubscription.parseZone(zone);
        } catch (final IllegalArgumentException e) {
            throw new IOException("The outline of " + url + " names no zone: " + e.getMessage(), e);
        }
    }

    /** An OPML 2.0 document listing the subscriptions. */
    public static String write(final List<FeedSubscription> subscriptions) {
        final StringWriter out = new StringWriter();
        try {
            final XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("opml");
            xml.writeAttribute("version", "2.0");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("head");
            xml.writeStartElement("title");
            xml.writeCharacters("newsreel subscriptions");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
            xml.writeStartElement("body");
            for (final FeedSubscription subscription : subscriptions) {
                xml.writeCharacters("\n    ");
                xml.writeEmptyElement("outline");
                xml.writeAttribute("type", "rss");
                final String title = subscription.title() != null ? subscription.title() : subscription.url();
                xml.writeAttribute("text", title);
                xml.writeAttribute("title", title);
                xml.writeAttribute("xmlUrl", subscription.url());
                if (subscription.zone() != null) {
                    xml.writeAttribute(ZONE, subscription.zone().getId());
                }
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (final XMLStreamException e) {
            throw new IllegalStateException("Cannot write OPML", e);
        }
        return out.append('\n').toString();
    }

    private static DocumentBuilder builder() throws IOException {
        try {
            final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (final ParserConfigurationException e) {
            throw new IOException("No secure XML parser available", e);
        }
    }
}
