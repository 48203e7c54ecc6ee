package io.uncrowned.guard.eval.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.uncrowned.guard.events.PolicyEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs an extractor over an evaluation set and prints precision and recall per field, with the items that
 * went wrong. The extractor is a function so that this harness needs no NLP wiring of its own.
 */
public final class PolicyEventEvaluation {
  /** The team's development set (tune on this one only). */
  public static final String DEV = "policy-events-dev.jsonl";
  /** The held-out test set, written by another engineer. */
  public static final String TEST = "policy-events-test.jsonl";
  /** A second development set, written later by an engineer who never saw the extractor; errors may be read. */
  public static final String DEV2 = "policy-events-dev2.jsonl";
  /** A second held-out set, written with {@link #DEV2} by another engineer and sealed whole: never read. */
  public static final String TEST2 = "policy-events-test2.jsonl";

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** What the extractor made of one item: its policy events and the aliases of its linked entities. */
  public record Prediction(List<PolicyEvent> events, Map<String, List<String>> aliases) {
    public Prediction {
      events = List.copyOf(events);
      aliases = Map.copyOf(aliases);
    }
  }

  /** The result: per-field scores, the overall score, and one line per item that went wrong. */
  public record Report(String dataset, int items, List<FieldScore> fields, FieldScore overall, List<String> errors) {
    /** A plain-text table. */
    public String table() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "policy events on %s (%d items)%n", dataset, items));
      b.append(String.format(Locale.ROOT, "%-12s %9s %9s %6s   %s%n", "field", "precision", "recall", "F1", "counts (pred ok/pred, exp found/exp)"));
      for (FieldScore f : fields) {
        b.append(row(f));
      }
      b.append(row(overall));
      return b.toString();
    }

    private static String row(FieldScore f) {
      return String.format(Locale.ROOT, "%-12s %9.3f %9.3f %6.3f   %d/%d, %d/%d%n", f.field(), f.precision(), f.recall(),
          f.f1(), f.correctPredicted(), f.predicted(), f.foundExpected(), f.expected());
    }
  }

  /**
   * A named slice of an evaluation set. {@code errorsShown} is false for the sealed half of the held-out set:
   * its per-item misses are never printed, so that nobody tunes on it and its figure stays honest.
   */
  public record Slice(String name, List<PolicyItem> items, boolean errorsShown) {
    public Slice {
      items = List.copyOf(items);
    }
  }

  private PolicyEventEvaluation() {}

  /**
   * The bundled sets in the order they are reported: dev and dev2 (tuned on), the held-out set's analysis half
   * (odd numeric ids, the only held-out items whose errors may be looked at), its sealed half (even ids), the
   * whole of it, the second held-out set (sealed whole), and all sealed items together: the honest figure.
   */
  public static List<Slice> bundledSlices() {
    List<Slice> out = new ArrayList<>();
    bundled(DEV).ifPresent(s -> out.add(new Slice("dev", s, true)));
    bundled(DEV2).ifPresent(s -> out.add(new Slice("dev2", s, true)));
    List<PolicyItem> sealed = new ArrayList<>();
    bundled(TEST).ifPresent(s -> {
      out.add(new Slice("test-analysis (odd ids)", half(s, true), true));
      out.add(new Slice("test-sealed (even ids)", half(s, false), false));
      out.add(new Slice("test-all", s, false));
      sealed.addAll(half(s, false));
    });
    bundled(TEST2).ifPresent(s -> {
      out.add(new Slice("test2-sealed", s, false));
      sealed.addAll(s);
    });
    if (!sealed.isEmpty()) {
      out.add(new Slice("all sealed (test even ids + test2)", sealed, false));
    }
    return out;
  }

  /** The items whose id's number is odd ({@code odd} true) or even; items without a number go nowhere. */
  static List<PolicyItem> half(List<PolicyItem> items, boolean odd) {
    List<PolicyItem> out = new ArrayList<>();
    for (PolicyItem item : items) {
      String digits = item.id().replaceAll("\\D", "");
      if (!digits.isEmpty() && (Long.parseLong(digits) % 2 == 1) == odd) {
        out.add(item);
      }
    }
    return out;
  }

  /** Reads a set from a file. */
  public static List<PolicyItem> read(Path file) {
    try {
      return read(Files.newInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a set bundled with this module ({@link #DEV}, {@link #TEST}); empty when absent. */
  public static Optional<List<PolicyItem>> bundled(String name) {
    InputStream in = PolicyEventEvaluation.class.getResourceAsStream(name);
    return in == null ? Optional.empty() : Optional.of(read(in));
  }

  private static List<PolicyItem> read(InputStream in) {
    List<PolicyItem> items = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          items.add(JSON.readValue(line, PolicyItem.class));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return items;
  }

  /** Scores {@code extractor} on {@code items}. */
  public static Report run(String dataset, List<PolicyItem> items, Function<PolicyItem, Prediction> extractor) {
    return run(dataset, items, extractor, true);
  }

  /** Scores {@code slice}, listing per-item errors only when the slice allows it. */
  public static Report run(Slice slice, Function<PolicyItem, Prediction> extractor) {
    return run(slice.name(), slice.items(), extractor, slice.errorsShown());
  }

  private static Report run(
      String dataset, List<PolicyItem> items, Function<PolicyItem, Prediction> extractor, boolean listErrors) {
    PolicyEventScorer total = new PolicyEventScorer();
    List<String> errors = new ArrayList<>();
    for (PolicyItem item : items) {
      Prediction p = extractor.apply(item);
      Function<String, List<String>> aliases = id -> p.aliases().getOrDefault(id, List.of());
      PolicyEventScorer one = new PolicyEventScorer();
      one.add(item.events(), p.events(), aliases);
      total.add(item.events(), p.events(), aliases);
      FieldScore o = one.overall();
      if (listErrors && (o.correctPredicted() != o.predicted() || o.foundExpected() != o.expected())) {
        errors.add(item.id() + ": " + describe(p.events()));
      }
    }
    return new Report(dataset, items.size(), total.fields(), total.overall(), errors);
  }

  private static String describe(List<PolicyEvent> events) {
    if (events.isEmpty()) {
      return "no event";
    }
    List<String> out = new ArrayList<>();
    for (PolicyEvent e : events) {
      out.add(e.kind().label() + " actors=" + e.actors().stream().map(a -> a.name()).toList()
          + " subject=" + (e.subject() == null ? null : e.subject().name())
          + " area=" + e.area().stream().map(a -> a.text()).toList());
    }
    return String.join("; ", out);
  }
}
