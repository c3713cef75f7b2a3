package io.claimwatch.enrich;

import io.claimwatch.extraction.embed.SentenceEmbedder;

/**
 * A stand-in embedder for topology tests: each text maps to one of 16 orthogonal axes by its hash, so equal texts
 * are one claim and different texts (almost always) different claims. The resolver itself is tested apart.
 */
final class HashedEmbedder implements SentenceEmbedder {
    @Override
    public String modelId() {
        return "one-hot";
    }

    @Override
    public int dimension() {
        return 16;
    }

    @Override
    public float[] embed(String text) {
        float[] v = new float[16];
        v[Math.floorMod(text.hashCode(), 16)] = 1f;
        return v;
    }
}
