package io.uncrowned.guard.stories;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.brief.SentenceEmbedder;
import io.uncrowned.guard.events.Area;
import io.uncrowned.guard.events.Event;
import io.uncrowned.guard.events.Party;
import io.uncrowned.guard.events.PolicyEvent;
import io.uncrowned.guard.understand.Understanding;
import io.uncrowned.guard.understand.entities.EntityMention;
import io.uncrowned.guard.understand.places.Place;
import io.uncrowned.guard.understand.places.PlaceMention;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads an article's {@link ArticleSignals} from the article and its stored understanding, embedding the title
 * and lead with the injected embedder. Thread-safe when the embedder is.
 */
public final class SignalReader {
  /** The lead: the opening paragraphs up to about this many characters (a sentence or three). */
  static final int LEAD_CHARS = 400;

  private final SentenceEmbedder embedder;

  public SignalReader(SentenceEmbedder embedder) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
  }

  /**
   * The signals of {@code article}.
   *
   * @param understanding its understanding; null or not analysed gives an article known by its vector alone
   * @param fallbackTime used when the article has no publication time (its ingest time)
   */
  public ArticleSignals read(Article article, Understanding understanding, Instant fallbackTime) {
    Instant when = article.published() != null ? article.published() : fallbackTime;
    List<float[]> v = embedder.embed(List.of(titleAndLead(article)));
    Understanding u = understanding == null ? Understanding.notAnalysed("none") : understanding;
    return new ArticleSignals(article.id(), article.source(), when, v.isEmpty() ? null : v.get(0),
        entities(u), places(u), events(u), Keywords.of(article), Terms.of(article));
  }

  /** Title, then the text's opening up to the first sentence end past {@link #LEAD_CHARS}. */
  static String titleAndLead(Article article) {
    String text = article.text().strip();
    int end = Math.min(text.length(), LEAD_CHARS);
    while (end < text.length() && end < 2 * LEAD_CHARS && ".!?\n".indexOf(text.charAt(end - 1)) < 0) {
      end++;
    }
    String lead = text.substring(0, end).replace('\n', ' ');
    return article.title().isBlank() ? lead : article.title().strip() + ". " + lead;
  }

  private static Map<String, Integer> entities(Understanding u) {
    Map<String, Integer> out = new HashMap<>();
    for (EntityMention m : u.entityMentions()) {
      out.merge(m.entity().value(), 1, Integer::sum);
    }
    return out;
  }

  private static Set<String> places(Understanding u) {
    Set<String> out = new LinkedHashSet<>();
    for (PlaceMention m : u.places()) {
      out.add(placeKey(m.place()));
    }
    return out;
  }

  static String placeKey(Place p) {
    return "geo:" + p.geonameId();
  }

  /** Event keys general enough to recur across reports of the same happening, specific enough to tell two apart. */
  private static Set<String> events(Understanding u) {
    Set<String> out = new LinkedHashSet<>();
    for (Event e : u.events().events()) {
      if (e.place() != null) {
        e.place().places().forEach(p -> out.add(e.trigger() + "@" + placeKey(p)));
      }
      if (e.target() != null) {
        out.add(e.trigger() + ">" + e.target().key());
      }
      if (e.actor() != null) {
        out.add(e.actor().key() + ">" + e.trigger());
      }
    }
    for (PolicyEvent p : u.events().policyEvents()) {
      String subject = p.subject() == null ? "" : p.subject().key();
      for (Party actor : p.actors()) {
        out.add(p.kind().name().toLowerCase(Locale.ROOT) + ":" + actor.key() + ">" + subject);
      }
      for (Area a : p.area()) {
        a.places().forEach(pl -> out.add(p.kind().name().toLowerCase(Locale.ROOT) + "@" + placeKey(pl)));
      }
    }
    return out;
  }
}
