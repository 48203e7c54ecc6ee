package io.uncrowned.guard.eval.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;

/**
 * One line of an evaluation set: a synthetic text and the policy events it states (none for a look-alike).
 *
 * @param date the article date, ISO-8601; null when not given
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PolicyItem(String id, String style, String date, String text, List<ExpectedPolicy> events) {
  public PolicyItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    events = events == null ? List.of() : List.copyOf(events);
  }

  /**
   * An expected policy event. Actor and subject values may give alternatives separated by {@code |}
   * ("NATO|North Atlantic Treaty Organization"); every field but {@code kind} may be absent.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ExpectedPolicy(
      String kind,
      List<String> actors,
      String subject,
      String action,
      List<String> instruments,
      List<String> area,
      String targets,
      String purpose,
      List<String> limits,
      Boolean reversal,
      String attributedTo) {
    public ExpectedPolicy {
      Objects.requireNonNull(kind, "kind");
      actors = actors == null ? List.of() : List.copyOf(actors);
      instruments = instruments == null ? List.of() : List.copyOf(instruments);
      area = area == null ? List.of() : List.copyOf(area);
      limits = limits == null ? List.of() : List.copyOf(limits);
    }
  }
}
