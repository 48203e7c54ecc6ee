package io.uncrowned.guard.serve.web;

import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Span;
import java.util.List;
import java.util.Objects;

/**
 * The policy events read from one article, shown as cards on the article page. The policy stage provides an
 * adapter; until then {@link #NONE} answers {@link #available()} false and the page says the article's
 * policy events are not analysed in this build. Implementations must be thread-safe.
 */
public interface ArticlePolicyEvents {
  /** No policy stage in this build. */
  ArticlePolicyEvents NONE = new ArticlePolicyEvents() {
    @Override
    public boolean available() {
      return false;
    }

    @Override
    public List<Card> events(ArticleId id) {
      return List.of();
    }
  };

  /** Whether policy events are extracted at all (false: the page says so rather than "none found"). */
  default boolean available() {
    return true;
  }

  /** The policy events of {@code id} in text order; empty when it has none. */
  List<Card> events(ArticleId id);

  /**
   * One policy event as the page shows it. Every field but {@code kind} and {@code evidence} may be null or
   * empty when the text does not say.
   *
   * @param kind grant, restrict, lift, refuse or extend
   * @param instruments what is allowed or restricted (weapons, licences, permits)
   * @param limits each limit as written: who, where, how much, until when, for what purpose
   * @param reverses when the event reverses an earlier one, what it reverses; null otherwise
   * @param evidence character span (UTF-16 offsets) of the supporting sentence in the article's canonical
   *     text
   */
  record Card(String kind, String actor, String subject, String action, List<String> instruments, String area,
      List<String> targets, String purpose, List<String> limits, String reverses, Span evidence) {
    public Card {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(evidence, "evidence");
      instruments = List.copyOf(instruments);
      targets = List.copyOf(targets);
      limits = List.copyOf(limits);
    }

    /** Whether this event reverses an earlier policy. */
    public boolean reversal() {
      return reverses != null;
    }
  }
}
