package io.claimwatch.enrich.stream;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps one {@code EnrichedArticle} below the producer's request limit whatever the article: every stored string is
 * cut to a per-field length (the offsets still say where the full text is), and the record's estimated encoded size
 * (UTF-8 bytes of every string plus {@value #OVERHEAD_PER_ITEM} bytes per list item or field for Avro's lengths,
 * ints and unions) may not pass {@link #MAX_RECORD_BYTES}: lists stop growing once it would. Each cut is counted and
 * becomes one processing note. Used for one record, then dropped.
 */
final class RecordBudget {
    /** Estimated encoded size an enriched record stays under (the producer and topic limits are 2 MiB). */
    static final int MAX_RECORD_BYTES = 900_000;
    /** Longest stored sentence text (chars); the span's offsets still cover the whole sentence. */
    static final int SENTENCE_CHARS = 1_000;
    /** Longest stored content, claim text and title (chars). */
    static final int TEXT_CHARS = 1_000;
    /** Longest stored name, key, cue or URL (chars). */
    static final int NAME_CHARS = 300;
    private static final int OVERHEAD_PER_ITEM = 16;

    private long used;
    private int cutStrings;
    private final List<String> droppedLists = new ArrayList<>();

    /** {@code s} cut to {@code maxChars} (never inside a surrogate pair), counted against the budget. */
    String text(String s, int maxChars) {
        if (s == null) {
            return null;
        }
        String kept = s;
        if (s.length() > maxChars) {
            int end = Character.isHighSurrogate(s.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
            kept = s.substring(0, end);
            cutStrings++;
        }
        used += utf8Length(kept) + OVERHEAD_PER_ITEM;
        return kept;
    }

    /** Whether one more item of at most {@code itemBytes} still fits; records the cut (once per list) when not. */
    boolean fits(String list, long itemBytes) {
        if (used + itemBytes <= MAX_RECORD_BYTES) {
            return true;
        }
        if (!droppedLists.contains(list)) {
            droppedLists.add(list);
        }
        return false;
    }

    long used() {
        return used;
    }

    /** One note per kind of cut made, for the record's {@code processingNotes}. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (cutStrings > 0) {
            notes.add(cutStrings + " stored text(s) cut to the record's field limits");
        }
        for (String list : droppedLists) {
            notes.add(list + " cut to keep the record under " + MAX_RECORD_BYTES + " bytes");
        }
        return notes;
    }

    /** UTF-8 length without encoding (a lone surrogate counts as the 3 bytes of its replacement). */
    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
