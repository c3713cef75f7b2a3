package io.claimwatch.ingest.normalize;

/**
 * Decides in one pass whether text looks like HTML: a tag ({@code <}, optional spaces and {@code /}, a letter, and a
 * {@code >} somewhere after it) or an entity ({@code &} letters/digits/{@code #} then {@code ;}).
 *
 * <p>The former regular expression {@code <\s*\/?\s*[a-zA-Z][^>]*>} rescanned to the end of the text from every
 * unclosed {@code <}, which made {@code "<a" x 400,000} quadratic. Here the position of the last {@code >} is found
 * once, so a tag start only needs to lie before it; entity runs are scanned once each.
 */
final class MarkupDetector {

    private MarkupDetector() {
    }

    static boolean looksLikeHtml(String text) {
        int lastClose = text.lastIndexOf('>');
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '<' && i < lastClose && isTagStart(text, i + 1, lastClose)) {
                return true;
            }
            if (c == '&') {
                int end = entityEnd(text, i + 1);
                if (end > i + 1 && end < n && text.charAt(end) == ';') {
                    return true;
                }
                i = Math.max(end, i + 1);
                continue;
            }
            i++;
        }
        return false;
    }

    /** Spaces, an optional slash, spaces, then an ASCII letter before {@code limit}; the scan stops at the first other character. */
    private static boolean isTagStart(String text, int from, int limit) {
        int i = skipSpaces(text, from, limit);
        if (i < limit && text.charAt(i) == '/') {
            i = skipSpaces(text, i + 1, limit);
        }
        return i < limit && isAsciiLetter(text.charAt(i));
    }

    private static int skipSpaces(String text, int from, int limit) {
        int i = from;
        while (i < limit && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '<') {
            i++;
        }
        return i;
    }

    private static int entityEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '#')) {
                break;
            }
            i++;
        }
        return i;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
