package io.claimwatch.extraction.text;

import io.claimwatch.extraction.TextSpan;
import java.util.List;

/** A sentence: its span and its tokens; {@code paragraph} counts the text's non-empty lines (0 = title). */
public record Sentence(TextSpan span, List<Token> tokens, int paragraph, int index) {}
