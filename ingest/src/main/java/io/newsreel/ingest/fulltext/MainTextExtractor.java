package io.newsreel.ingest.fulltext;

import io.newsreel.ingest.normalize.HtmlText;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of an article page, readability-style: boilerplate (navigation, headers, footers, asides,
 * forms, scripts) removed, then the element whose paragraphs hold the most text wins, with a share of each
 * paragraph's weight going to its grandparent so that a body split over several blocks is still found whole.
 */
public final class MainTextExtractor {

    private static final String BOILERPLATE = "script, style, noscript, iframe, nav, header, footer, aside, form, "
            + "button, figure, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static final int MIN_PARAGRAPH_CHARS = 25;

    private MainTextExtractor() {
    }

    /** The page's main text with paragraphs kept, or an empty string when none stands out. */
    public static String extract(final Document page) {
        final Document document = page.clone();
        document.select(BOILERPLATE).remove();
        final Map<Element, Double> scores = new HashMap<>();
        for (final Element paragraph : document.select("p")) {
            final int length = paragraph.text().length();
            if (length < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            final double weight = length + 10.0 * countCommas(paragraph.text());
            final Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, weight, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), weight / 2, Double::sum);
                }
            }
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(best -> HtmlText.toText(paragraphsOf(best.getKey())))
                .orElse("");
    }

    private static String paragraphsOf(final Element container) {
        final StringBuilder html = new StringBuilder();
        container.select("p, h2, h3, li, blockquote").forEach(block -> {
            if (block.parents().stream().noneMatch(parent -> parent.nameIs("p") || parent.nameIs("li"))) {
                html.append(block.outerHtml());
            }
        });
        return html.toString();
    }

    private static int countCommas(final String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                commas++;
            }
        }
        return commas;
    }
}
