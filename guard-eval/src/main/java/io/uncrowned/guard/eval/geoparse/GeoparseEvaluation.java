package io.uncrowned.guard.eval.geoparse;

import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.understand.nlp.Annotator;
import io.uncrowned.guard.understand.places.ContextResolver;
import io.uncrowned.guard.understand.places.Gazetteer;
import io.uncrowned.guard.understand.places.GreatCircle;
import io.uncrowned.guard.understand.places.NerToponymRecognizer;
import io.uncrowned.guard.understand.places.Place;
import io.uncrowned.guard.understand.places.PlaceMention;
import io.uncrowned.guard.understand.places.ResolverWeights;
import io.uncrowned.guard.understand.places.Toponym;
import io.uncrowned.guard.understand.places.ToponymRecognizer;
import io.uncrowned.guard.understand.places.ToponymResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs the population baseline and our {@link ContextResolver} side by side over a geoparsing corpus, either
 * on the gold toponyms (resolution only) or end to end (our recognizer, then resolution; only toponyms
 * whose span was recognised exactly are scored for resolution).
 */
public final class GeoparseEvaluation {
  private final Gazetteer gazetteer;
  private final ToponymRecognizer recognizer;
  private final Map<String, ToponymResolver> systems = new LinkedHashMap<>();

  /**
   * @param annotator the NLP engine for end-to-end runs; null to allow gold-toponym runs only
   */
  public GeoparseEvaluation(Gazetteer gazetteer, Annotator annotator, ResolverWeights weights) {
    this.gazetteer = gazetteer;
    this.recognizer = annotator == null ? null : new NerToponymRecognizer(annotator, gazetteer);
    systems.put("population", new PopulationBaseline(gazetteer));
    systems.put("context", new ContextResolver(gazetteer, weights));
  }

  /** A gold-toponym evaluation with the default weights. */
  public GeoparseEvaluation(Gazetteer gazetteer) {
    this(gazetteer, null, ResolverWeights.DEFAULT);
  }

  public Report run(GeoCorpus corpus, boolean goldToponyms) {
    if (!goldToponyms && recognizer == null) {
      throw new IllegalStateException("an end-to-end run needs an Annotator; give one or use gold toponyms");
    }
    long started = System.nanoTime();
    Map<String, Errors> errors = new LinkedHashMap<>();
    Map<String, Long> nanos = new LinkedHashMap<>();
    systems.keySet().forEach(s -> errors.put(s, new Errors(new ArrayList<>(), new ArrayList<>(), new ArrayList<>())));
    List<Resolved> resolved = new ArrayList<>();
    SpanScores recognition = SpanScores.empty();
    for (GoldDocument doc : corpus.documents()) {
      List<GoldToponym> scored = doc.toponyms().stream().filter(GoldToponym::hasPoint).toList();
      List<Toponym> toponyms;
      if (goldToponyms) {
        toponyms = scored.stream().map(g -> new Toponym(g.span(), g.text())).toList();
      } else {
        toponyms = recognizer.recognize(doc.text(), Lang.of("en"));
        recognition = recognition.plus(SpanMatch.score(toponyms, scored));
      }
      Map<Span, Toponym> predicted = toponyms.stream().collect(Collectors.toMap(Toponym::span, t -> t, (a, b) -> a));
      for (Map.Entry<String, ToponymResolver> system : systems.entrySet()) {
        long t0 = System.nanoTime();
        List<PlaceMention> mentions = system.getValue().resolve(doc.text(), toponyms);
        nanos.merge(system.getKey(), System.nanoTime() - t0, Long::sum);
        Map<Span, PlaceMention> found = mentions.stream()
            .collect(Collectors.toMap(PlaceMention::span, Function.identity(), (a, b) -> a));
        for (GoldToponym g : scored) {
          if (!predicted.containsKey(g.span())) {
            continue;
          }
          PlaceMention m = found.get(g.span());
          double km = m == null ? GreatCircle.MAX_KM
              : GreatCircle.km(g.latitude(), g.longitude(), m.place().latitude(), m.place().longitude());
          Errors e = errors.get(system.getKey());
          e.all().add(km);
          (doc.isTuning() ? e.tuning() : e.heldOut()).add(km);
          resolved.add(new Resolved(system.getKey(), doc.id(), g.span(), g.text(), m == null ? null : m.place(),
              g.geonameId(), km));
        }
      }
    }
    List<Report.Row> rows = new ArrayList<>();
    int docs = Math.max(1, corpus.documents().size());
    errors.forEach((s, e) -> rows.add(new Report.Row(s, ErrorStats.of(e.all()), ErrorStats.of(e.tuning()),
        ErrorStats.of(e.heldOut()), nanos.getOrDefault(s, 0L) / 1e6 / docs)));
    return new Report(corpus.name(), goldToponyms, corpus.documents().size(), rows,
        goldToponyms ? Optional.empty() : Optional.of(recognition), coverage(corpus), resolved,
        (System.nanoTime() - started) / 1e9);
  }

  /** Errors in kilometres of one system: on all documents, the tuning half and the held-out half. */
  private record Errors(List<Double> all, List<Double> tuning, List<Double> heldOut) {}

  private Report.Coverage coverage(GeoCorpus corpus) {
    int ids = 0;
    int missing = 0;
    int notCandidate = 0;
    int reachable = 0;
    int scored = 0;
    for (GoldDocument doc : corpus.documents()) {
      for (GoldToponym g : doc.toponyms()) {
        if (!g.hasPoint()) {
          continue;
        }
        scored++;
        List<Place> candidates = candidates(g.text());
        if (candidates.stream().anyMatch(p -> GreatCircle.km(g.latitude(), g.longitude(), p.latitude(),
            p.longitude()) <= ErrorStats.ACCURACY_KM)) {
          reachable++;
        }
        if (g.geonameId() != 0) {
          ids++;
          if (gazetteer.byId(g.geonameId()).isEmpty()) {
            missing++;
          } else if (candidates.stream().noneMatch(p -> p.geonameId() == g.geonameId())) {
            notCandidate++;
          }
        }
      }
    }
    return new Report.Coverage(ids, missing, notCandidate, scored == 0 ? 0 : (double) reachable / scored);
  }

  private List<Place> candidates(String written) {
    return ((ContextResolver) systems.get("context")).candidates(written);
  }
}
