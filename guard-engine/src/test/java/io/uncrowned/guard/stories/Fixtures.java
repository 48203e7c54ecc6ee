package io.uncrowned.guard.stories;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.brief.SentenceEmbedder;
import io.uncrowned.guard.events.ArticleEvents;
import io.uncrowned.guard.understand.Understanding;
import io.uncrowned.guard.understand.entities.Entity;
import io.uncrowned.guard.understand.entities.EntityId;
import io.uncrowned.guard.understand.entities.EntityKind;
import io.uncrowned.guard.understand.entities.EntityMention;
import io.uncrowned.guard.understand.places.PlaceFocus;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Synthetic articles and understandings for the story tests (invented outlets, real places). */
final class Fixtures {
  private Fixtures() {}

  static Article article(String url, String source, String title, String text, String published) {
    return new Article(ArticleId.fromUrl(URI.create(url)), URI.create(url), null, source, title, null,
        published == null ? null : Instant.parse(published), Lang.of("en"), text, List.of(), null, null,
        ArticleId.sha256Hex(text), url);
  }

  /** An understanding naming the given locations (by name), each mentioned once where it first stands. */
  static Understanding naming(String text, String... locations) {
    List<Entity> entities = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    for (String name : locations) {
      EntityId id = EntityId.of(EntityKind.LOCATION, name);
      entities.add(new Entity(id, name, EntityKind.LOCATION, List.of(), null));
      int at = Math.max(0, text.indexOf(name));
      mentions.add(new EntityMention(new Span(at, at + name.length()), name, id));
    }
    return new Understanding(Understanding.Status.ANALYSED, "", entities, mentions, List.of(), PlaceFocus.NONE,
        ArticleEvents.NONE, null);
  }

  /**
   * A stand-in embedder for tests that are not about meaning: hashed lower-case words, so texts sharing words
   * point the same way. Deterministic and instant.
   */
  static final class WordsEmbedder implements SentenceEmbedder {
    @Override
    public List<float[]> embed(List<String> sentences) {
      List<float[]> out = new ArrayList<>();
      for (String s : sentences) {
        float[] v = new float[64];
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
          if (w.length() > 3) {
            v[Math.floorMod(w.hashCode(), 64)] += 1;
          }
        }
        double n = 0;
        for (float x : v) {
          n += x * x;
        }
        for (int d = 0; d < v.length && n > 0; d++) {
          v[d] /= (float) Math.sqrt(n);
        }
        out.add(v);
      }
      return out;
    }

    @Override
    public int dimensions() {
      return 64;
    }
  }
}
