package io.claimwatch.ingest.normalize;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reduces article text to clean plain text: HTML to text (jsoup, only when the text looks like markup), control,
 * zero-width and bidi embedding/override/isolate characters and lone surrogates removed, runs of spaces collapsed.
 * Paragraph breaks are kept as single newlines because downstream extraction reports character offsets into this
 * text and sentence splitting benefits from them.
 *
 * <p>Every step is a single pass over the text (no regular expressions, no backtracking): input is adversarial, and
 * an unclosed {@code <} or a million spaces must cost no more than a million letters. jsoup's parser is linear too;
 * {@code TextNormalizerBenchmark} holds 1 MB adversarial bodies of each kind under a second.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** Body text: HTML reduced to text with paragraph breaks, whitespace normalized, controls removed. */
    public static String body(String raw) {
        if (raw == null) {
            return "";
        }
        String text = MarkupDetector.looksLikeHtml(raw) ? htmlToText(raw) : raw;
        return clean(text);
    }

    /** A single-line field (title, author, ...): like {@link #body} but every line break becomes a space. */
    public static String line(String raw) {
        if (raw == null) {
            return "";
        }
        return body(raw).replace('\n', ' ');
    }

    /**
     * One pass: drops removable characters, turns each run of whitespace into one space or, when the run holds a
     * line break, one newline; strips both ends.
     */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        boolean pendingBreak = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                pendingBreak = true;
            } else if (isHorizontalSpace(c)) {
                pendingSpace = true;
            } else if (!isRemovable(c) && !isLoneSurrogate(text, i)) {
                if (out.length() > 0 && (pendingBreak || pendingSpace)) {
                    out.append(pendingBreak ? '\n' : ' ');
                }
                pendingBreak = false;
                pendingSpace = false;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    out.append(c).append(text.charAt(++i));
                } else {
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** Half of a surrogate pair without its other half (JSON can carry one as an escape; it is no character). */
    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /** C0/C1 controls (tab, CR and LF are whitespace; vertical tab and form feed are dropped), zero-width characters, BOM and bidi embedding/overrides. */
    private static boolean isRemovable(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** Elements that start a new line in the text (paragraph breaks survive the conversion). */
    private static final java.util.Set<String> BLOCKS =
            java.util.Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr");
    private static final java.util.Set<String> SKIPPED = java.util.Set.of("script", "style", "noscript");

    /**
     * One iterative traversal of jsoup's tree (depth capped by jsoup at 512): block elements and {@code <br>} become
     * newlines, text nodes their whitespace-normalized text, scripts and styles nothing. Inserting marker nodes into
     * the tree instead (as before) was quadratic when one parent held 100,000 children.
     */
    private static String htmlToText(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        StringBuilder out = new StringBuilder(html.length() / 2);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (SKIPPED.contains(tag)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BLOCKS.contains(tag)) {
                        out.append('\n');
                    }
                } else if (node instanceof TextNode text) {
                    out.append(text.text());
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && element.normalName().equals("br")) {
                    out.append('\n');
                }
                return FilterResult.CONTINUE;
            }
        }, doc.body());
        return out.toString();
    }
}
