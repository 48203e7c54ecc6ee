package io.uncrowned.guard.brief;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 (quantised ONNX, read from the classpath) on ONNX Runtime: mean-pooled token vectors,
 * L2-normalised, 384 dimensions, tokenised by our own {@link WordPieceTokenizer}. Sentences are encoded in
 * padded batches. Create one per process and share it: the ONNX session is safe for concurrent runs and the
 * tokenizer is immutable. Close it to free native memory.
 */
public final class MiniLmEmbedder implements SentenceEmbedder, AutoCloseable {
  static final String MODEL = "/all-minilm-l6-v2-q.onnx";
  static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
  private static final int DIMENSIONS = 384;
  /** Sentences longer than this many word pieces are cut: a TL;DR candidate's gist sits in its start. */
  private static final int MAX_TOKENS = 48;
  private static final int BATCH = 16;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;
  private final boolean wantsTypeIds;

  private MiniLmEmbedder(OrtEnvironment env, OrtSession session, WordPieceTokenizer tokenizer) {
    this.env = env;
    this.session = session;
    this.tokenizer = tokenizer;
    this.wantsTypeIds = session.getInputNames().contains("token_type_ids");
  }

  /**
   * Loads the model with {@code intraOpThreads} threads per call (1 when articles are embedded in parallel).
   *
   * @throws EmbedderException when the model or tokenizer is missing from the classpath or cannot be loaded
   */
  public static MiniLmEmbedder load(int intraOpThreads) {
    byte[] model = resource(MODEL);
    WordPieceTokenizer tokenizer;
    try (InputStream in = MiniLmEmbedder.class.getResourceAsStream(TOKENIZER)) {
      if (in == null) {
        throw new EmbedderException(TOKENIZER, "not on the classpath", null);
      }
      tokenizer = WordPieceTokenizer.read(in);
    } catch (IOException e) {
      throw new EmbedderException(TOKENIZER, "cannot read the tokenizer", e);
    }
    try {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(Math.max(1, intraOpThreads));
      return new MiniLmEmbedder(env, env.createSession(model, options), tokenizer);
    } catch (OrtException e) {
      throw new EmbedderException(MODEL, "cannot create the ONNX session", e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = MiniLmEmbedder.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new EmbedderException(name, "not on the classpath", null);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new EmbedderException(name, "cannot read the model", e);
    }
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public List<float[]> embed(List<String> sentences) {
    // Batches of similar lengths waste little work on padding; results go back in input order.
    Integer[] order = new Integer[sentences.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> sentences.get(i).length()));
    float[][] out = new float[order.length][];
    for (int from = 0; from < order.length; from += BATCH) {
      int to = Math.min(order.length, from + BATCH);
      List<String> batch = new ArrayList<>(to - from);
      for (int k = from; k < to; k++) {
        batch.add(sentences.get(order[k]));
      }
      List<float[]> vectors = embedBatch(batch);
      for (int k = from; k < to; k++) {
        out[order[k]] = vectors.get(k - from);
      }
    }
    return java.util.Arrays.asList(out);
  }

  private List<float[]> embedBatch(List<String> batch) {
    long[][] encodings = new long[batch.size()][];
    int width = 0;
    for (int i = 0; i < encodings.length; i++) {
      encodings[i] = tokenizer.encode(batch.get(i), MAX_TOKENS);
      width = Math.max(width, encodings[i].length);
    }
    long[][] ids = new long[encodings.length][width];
    long[][] mask = new long[encodings.length][width];
    long[][] types = new long[encodings.length][width];
    for (int i = 0; i < encodings.length; i++) {
      long[] row = encodings[i];
      System.arraycopy(row, 0, ids[i], 0, row.length);
      java.util.Arrays.fill(mask[i], 0, row.length, 1L);
    }
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, ids));
      inputs.put("attention_mask", OnnxTensor.createTensor(env, mask));
      if (wantsTypeIds) {
        inputs.put("token_type_ids", OnnxTensor.createTensor(env, types));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        float[][][] hidden = (float[][][]) result.get(0).getValue();
        return meanPool(hidden, mask);
      }
    } catch (OrtException e) {
      throw new EmbedderException(MODEL, "inference failed", e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  /** Average of the real (unpadded) token vectors, scaled to unit length. */
  private static List<float[]> meanPool(float[][][] hidden, long[][] mask) {
    List<float[]> out = new ArrayList<>(hidden.length);
    for (int i = 0; i < hidden.length; i++) {
      float[] v = new float[DIMENSIONS];
      int n = 0;
      for (int t = 0; t < hidden[i].length; t++) {
        if (mask[i][t] == 0) {
          continue;
        }
        n++;
        for (int d = 0; d < DIMENSIONS; d++) {
          v[d] += hidden[i][t][d];
        }
      }
      out.add(Vectors.normalise(v, Math.max(1, n)));
    }
    return out;
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new EmbedderException(MODEL, "cannot close the ONNX session", e);
    }
  }
}
