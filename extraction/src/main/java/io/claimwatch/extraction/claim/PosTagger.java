package io.claimwatch.extraction.claim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import io.claimwatch.extraction.lru.LruMap;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * OpenNLP's English part-of-speech model (Universal Dependencies tags, from the Maven Central artifact
 * {@code opennlp-models-pos-en}), loaded once and shared by the claim-text stages that read tags; thread-safe (one
 * tagger per thread over the immutable model). Tags depend only on the words, so each thread remembers the last
 * {@value #CACHE_SIZE} word sequences it tagged: echoed reports repeat sentences, and tagging is the costliest step
 * of extraction (about half of it in the load harness's profile).
 */
public final class PosTagger {
  private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private final POSModel model;
  static final int CACHE_SIZE = 4096;
  private final ThreadLocal<POSTaggerME> taggers;
  private final ThreadLocal<Map<List<String>, String[]>> recent = ThreadLocal.withInitial(() -> new LruMap<>(CACHE_SIZE));

  public PosTagger() {
    try (InputStream in = PosTagger.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + MODEL
            + " (dependency org.apache.opennlp:opennlp-models-pos-en)");
      }
      this.model = new POSModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the part-of-speech model", e);
    }
    this.taggers = ThreadLocal.withInitial(() -> new POSTaggerME(model, POSTagFormat.UD));
  }

  /**
   * One UD tag per word ("NOUN", "VERB", "AUX", "CCONJ", ...; a contraction may get two, "PRON+AUX"). Curly
   * apostrophes become straight ones first, as in the model's training text ("he’s" is tagged as "he's").
   */
  public String[] tag(String[] words) {
    if (words.length == 0) return new String[0];
    String[] plain = new String[words.length];
    for (int i = 0; i < words.length; i++) plain[i] = words[i].replace('’', '\'');
    String[] tags = recent.get().computeIfAbsent(List.of(plain), k -> taggers.get().tag(plain));
    return tags.clone();
  }
}
