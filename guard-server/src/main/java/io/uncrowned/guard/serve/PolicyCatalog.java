package io.uncrowned.guard.serve;

import io.uncrowned.guard.article.ArticleId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the server needs from policy history: the policy lines and their state as of a date ("what was
 * allowed as of D?"). The policy stage provides an adapter; until then {@link #NONE} answers that policies
 * are not available. Implementations must be thread-safe.
 */
public interface PolicyCatalog {
  /** No policy history in this build. */
  PolicyCatalog NONE = new PolicyCatalog() {
    @Override
    public boolean available() {
      return false;
    }

    @Override
    public List<Line> asOf(Instant asOf, String query, int limit) {
      return List.of();
    }
  };

  default boolean available() {
    return true;
  }

  /**
   * Policy lines with their state at {@code asOf}: only steps dated at or before it count.
   *
   * @param query words that the actor, subject or instrument must contain; blank: all lines
   * @param limit most lines returned, 1..1000
   */
  List<Line> asOf(Instant asOf, String query, int limit);

  /**
   * One policy line (an actor's rule about a subject) as of a date.
   *
   * @param state its state then, e.g. "restricted", "allowed", "lifted"; null when no step precedes the date
   * @param steps its dated steps up to the date, oldest first
   */
  record Line(String id, String actor, String subject, String instrument, String state, List<Step> steps) {
    public Line {
      Objects.requireNonNull(id, "id");
      steps = List.copyOf(steps);
    }
  }

  /**
   * One policy event on a line.
   *
   * @param kind grant, restrict, lift, refuse, extend
   * @param limits its limits as written (who, how much, until when); nullable
   * @param reversal whether it reverses an earlier step
   * @param evidence the article it was read from
   * @param reversalCue why it counts as a reversal: the text's own words ("lifted the ban") or, when inferred
   *     from the line, what it contradicts; null when not a reversal or when nobody said why
   */
  record Step(Instant at, String kind, String action, String limits, boolean reversal, ArticleId evidence,
      String reversalCue) {
    /** A step without a stated reversal cue. */
    public Step(Instant at, String kind, String action, String limits, boolean reversal, ArticleId evidence) {
      this(at, kind, action, limits, reversal, evidence, null);
    }
  }
}
