package io.claimwatch.extraction.embed;

import java.util.List;

/** Small float-vector arithmetic for unit-length embeddings and cluster centroids. */
public final class Vectors {
  private Vectors() {
  }

  /** Dot product; the cosine when both vectors are unit length. */
  public static double dot(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vector lengths differ: " + a.length + " vs " + b.length);
    }
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Cosine similarity (0 when either vector is zero). */
  public static double cosine(float[] a, float[] b) {
    double na = Math.sqrt(dot(a, a));
    double nb = Math.sqrt(dot(b, b));
    return na == 0 || nb == 0 ? 0 : dot(a, b) / (na * nb);
  }

  /** A unit-length copy of {@code v} (a copy of the zero vector stays zero). */
  public static float[] normalized(float[] v) {
    double n = Math.sqrt(dot(v, v));
    float[] out = new float[v.length];
    if (n == 0) {
      return out;
    }
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / n);
    }
    return out;
  }

  /** {@code sum + sign * v}, as a new array. */
  public static float[] plus(float[] sum, float[] v, int sign) {
    float[] out = sum.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] += sign * v[i];
    }
    return out;
  }

  /** Boxes a vector for Avro ({@code array<float>}). */
  public static List<Float> boxed(float[] v) {
    Float[] out = new Float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i];
    }
    return List.of(out);
  }

  /** Unboxes an Avro {@code array<float>}. */
  public static float[] unboxed(List<Float> v) {
    float[] out = new float[v.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = v.get(i);
    }
    return out;
  }
}
