package io.newsreel.ingest.normalize;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns feed HTML into plain text: entities decoded, scripts and styles dropped, whitespace collapsed, and block
 * elements (paragraphs, headings, list items) kept apart by a blank line so sentences never run together.
 */
public final class HtmlText {

    private HtmlText() {
    }

    public static String toText(final String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        final Document document = Jsoup.parseBodyFragment(html);
        document.select("script, style, noscript, iframe, object, embed").remove();
        final TextCollector collector = new TextCollector();
        NodeTraversor.traverse(collector, document.body());
        return collector.text();
    }

    private static final class TextCollector implements NodeVisitor {

        private final StringBuilder text = new StringBuilder();

        @Override
        public void head(final Node node, final int depth) {
            if (node instanceof TextNode textNode) {
                appendWords(textNode.getWholeText());
            } else if (node instanceof Element element && element.nameIs("br")) {
                trimTrailingSpace();
                text.append('\n');
            } else if (isBlock(node)) {
                breakParagraph();
            }
        }

        @Override
        public void tail(final Node node, final int depth) {
            if (isBlock(node)) {
                breakParagraph();
            }
        }

        /** Blocks start and end paragraphs; a line break only ends a line. */
        private static boolean isBlock(final Node node) {
            return node instanceof Element element && element.isBlock() && !element.nameIs("br");
        }

        private void appendWords(final String raw) {
            final String collapsed = raw.replace('\u00a0', ' ').replaceAll("\\s+", " ");
            if (collapsed.isBlank()) {
                if (!text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))) {
                    text.append(' ');
                }
                return;
            }
            final boolean atLineStart = text.isEmpty() || text.charAt(text.length() - 1) == '\n';
            final boolean afterSpace = !text.isEmpty() && text.charAt(text.length() - 1) == ' ';
            text.append(atLineStart || afterSpace ? collapsed.stripLeading() : collapsed);
        }

        private void breakParagraph() {
            trimTrailingSpace();
            final int length = text.length();
            if (length == 0 || length >= 2 && text.charAt(length - 1) == '\n' && text.charAt(length - 2) == '\n') {
                return;
            }
            text.append(text.charAt(text.length() - 1) == '\n' ? "\n" : "\n\n");
        }

        private void trimTrailingSpace() {
            while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
        }

        String text() {
            return text.toString().strip();
        }
    }
}
