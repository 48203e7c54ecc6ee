package io.uncrowned.guard.serve.adapt;

import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.events.Area;
import io.uncrowned.guard.events.Party;
import io.uncrowned.guard.events.PolicyEvent;
import io.uncrowned.guard.serve.web.ArticlePolicyEvents;
import io.uncrowned.guard.understand.Understanding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The article page's policy cards, read from the policy events stored with the article's understanding.
 * Limit markers, area, targets and purpose stay separate fields; the card's evidence is the event's first
 * mention. Thread-safe.
 */
public final class StoredPolicyEvents implements ArticlePolicyEvents {
  private final Function<ArticleId, Optional<Understanding>> understandings;

  /** @param understandings the stored understanding of an article ({@code engine::understanding}) */
  public StoredPolicyEvents(Function<ArticleId, Optional<Understanding>> understandings) {
    this.understandings = Objects.requireNonNull(understandings, "understandings");
  }

  @Override
  public List<Card> events(ArticleId id) {
    List<PolicyEvent> events = understandings.apply(id)
        .map(u -> u.events().policyEvents()).orElse(List.of());
    List<Card> cards = new ArrayList<>();
    for (PolicyEvent e : events) {
      cards.add(card(e));
    }
    cards.sort(Comparator.comparingInt((Card c) -> c.evidence().start()));
    return cards;
  }

  static Card card(PolicyEvent e) {
    String actor = e.actors().isEmpty() ? null : e.actors().stream().map(Party::name).collect(Collectors.joining(", "));
    String area = e.area().isEmpty() ? null : e.area().stream().map(Area::text).collect(Collectors.joining("; "));
    String reverses = null;
    if (e.reversal().reversed()) {
      // The card says what the text calls the change; with no cue kept, that it reverses something earlier.
      reverses = e.reversal().cue() != null ? e.reversal().cue() : "an earlier stance";
    }
    return new Card(e.kind().label(), actor, e.subject() == null ? null : e.subject().name(), e.action(),
        e.instruments(), area, e.targets() == null ? List.of() : List.of(e.targets()), e.purpose(), e.limits(),
        reverses, e.evidence().get(0));
  }
}
