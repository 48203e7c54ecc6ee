package io.uncrowned.guard.eval.summarize;

import io.uncrowned.guard.brief.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Remembers each sentence's vector, so a weight search embeds every sentence once instead of once per try. */
final class CachingEmbedder implements SentenceEmbedder {
  private final SentenceEmbedder inner;
  private final Map<String, float[]> cache = new ConcurrentHashMap<>();

  CachingEmbedder(SentenceEmbedder inner) {
    this.inner = inner;
  }

  @Override
  public List<float[]> embed(List<String> sentences) {
    List<String> missing = sentences.stream().filter(s -> !cache.containsKey(s)).distinct().toList();
    if (!missing.isEmpty()) {
      List<float[]> vectors = inner.embed(missing);
      for (int i = 0; i < missing.size(); i++) {
        cache.put(missing.get(i), vectors.get(i));
      }
    }
    List<float[]> out = new ArrayList<>(sentences.size());
    sentences.forEach(s -> out.add(cache.get(s).clone()));
    return out;
  }

  @Override
  public int dimensions() {
    return inner.dimensions();
  }
}
