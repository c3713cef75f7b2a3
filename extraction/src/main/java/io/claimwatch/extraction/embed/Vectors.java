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
    // four float accumulators: the JIT keeps them in registers and vectorizes the loop; a 384-term sum of unit
    // vector products loses nothing that matters at the thresholds used (about 1e-6)
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int i = 0;
    for (; i + 3 < a.length; i += 4) {
      s0 += a[i] * b[i];
      s1 += a[i + 1] * b[i + 1];
      s2 += a[i + 2] * b[i + 2];
      s3 += a[i + 3] * b[i + 3];
    }
    for (; i < a.length; i++) {
      s0 += a[i] * b[i];
    }
    return (double) s0 + s1 + s2 + s3;
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
