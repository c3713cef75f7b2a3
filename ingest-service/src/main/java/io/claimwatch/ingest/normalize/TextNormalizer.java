package io.claimwatch.ingest.normalize;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.regex.Pattern;

/**
 * Reduces article text to clean plain text: HTML to text (jsoup, only when the text looks like markup), control
 * characters removed, runs of spaces collapsed. Paragraph breaks are kept as single newlines because downstream
 * extraction reports character offsets into this text and sentence splitting benefits from them.
 */
public final class TextNormalizer {

    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>|&[a-zA-Z#0-9]+;");
    /** C0/C1 controls except tab, LF, CR; plus zero-width and BOM characters. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]|[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\t\\x0B\\f \\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*(\\r\\n|\\r|\\n|\\u2028|\\u2029)\\s*");

    private TextNormalizer() {
    }

    /** Body text: HTML reduced to text with paragraph breaks, whitespace normalized, controls removed. */
    public static String body(String raw) {
        if (raw == null) {
            return "";
        }
        String text = LOOKS_LIKE_HTML.matcher(raw).find() ? htmlToText(raw) : raw;
        text = CONTROL.matcher(text).replaceAll("");
        text = HORIZONTAL_SPACE.matcher(text).replaceAll(" ");
        text = LINE_BREAKS.matcher(text).replaceAll("\n");
        return text.strip();
    }

    /** A single-line field (title, author, ...): like {@link #body} but every line break becomes a space. */
    public static String line(String raw) {
        if (raw == null) {
            return "";
        }
        return body(raw).replace('\n', ' ');
    }

    private static String htmlToText(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        // Mark block boundaries so paragraphs survive the conversion to text.
        doc.select("br").after("\\n");
        doc.select("p, div, li, h1, h2, h3, h4, h5, h6, blockquote, tr").before("\\n");
        doc.select("script, style, noscript").remove();
        String marked = doc.body().text();
        return marked.replace("\\n", "\n");
    }
}
