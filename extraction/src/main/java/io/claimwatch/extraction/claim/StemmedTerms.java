package io.claimwatch.extraction.claim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Lucene-based term extraction shared by claim canonicalization and headline stance: standard tokenization,
 * possessive removal, lower-casing, optional stop-word removal and Porter stemming. Each term keeps the
 * character offsets of its surface form so callers can inspect capitalization. Thread-safe: Lucene analyzers
 * reuse per-thread token streams.
 */
public final class StemmedTerms {

  /** One analyzed term: its Porter stem and where its surface form sits in the text. */
  public record Term(String stem, String surface, int start, int end) {
    /** Whether the surface form starts with an upper-case letter. */
    public boolean capitalized() {
      return !surface.isEmpty() && Character.isUpperCase(surface.charAt(0));
    }
  }

  private final Analyzer withoutStopWords;
  private final Analyzer allWords;

  /** @param stopWords lower-case words dropped by {@link #contentTerms(String)} */
  public StemmedTerms(CharArraySet stopWords) {
    this.withoutStopWords = chain(stopWords);
    this.allWords = chain(null);
  }

  /** Stemmed terms without stop words. */
  public List<Term> contentTerms(String text) {
    return run(withoutStopWords, text);
  }

  /** Stemmed terms including stop words (negations and auxiliaries matter for stance). */
  public List<Term> allTerms(String text) {
    return run(allWords, text);
  }

  /** The stem of a single word (or the stems of a phrase joined by spaces), stop words kept. */
  public String stem(String phrase) {
    StringBuilder out = new StringBuilder();
    for (Term t : allTerms(phrase)) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(t.stem());
    }
    return out.toString();
  }

  private static Analyzer chain(CharArraySet stopWords) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        if (stopWords != null) {
          stream = new StopFilter(stream, stopWords);
        }
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  private static List<Term> run(Analyzer analyzer, String text) {
    List<Term> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int start = offset.startOffset();
        int end = offset.endOffset();
        terms.add(new Term(term.toString(), text.substring(start, end), start, end));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("tokenizing in memory cannot fail", e);
    }
    return terms;
  }
}
