package io.uncrowned.guard.cli;

import io.uncrowned.guard.eval.events.PolicyEventEvaluation;
import io.uncrowned.guard.eval.events.PolicyEventEvaluation.Prediction;
import io.uncrowned.guard.eval.events.PolicyEventEvaluation.Report;
import io.uncrowned.guard.eval.events.PolicyEventEvaluation.Slice;
import io.uncrowned.guard.eval.events.PolicyItem;
import io.uncrowned.guard.understand.entities.Entity;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guard eval events}: precision and recall per field of the policy-event extractor on an evaluation set. */
@Command(
    name = "events",
    description = "Precision and recall per field (kind, actor, subject, area, then the informative fields) of"
        + " policy-event extraction on the bundled dev and held-out sets, or on --dataset FILE.")
final class EvalEventsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin DataOptions data;

  @Option(names = "--dataset", paramLabel = "FILE", description = "A JSONL evaluation set (default: the bundled dev and test sets).")
  Path dataset;

  @Option(names = "--errors", description = "List the items with a wrong or missing value.")
  boolean errors;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Slice> sets = new ArrayList<>();
    if (dataset != null) {
      if (!Files.isRegularFile(dataset)) {
        err.println("error: " + dataset + ": evaluation set not found");
        return 1;
      }
      sets.add(new Slice(dataset.toString(), PolicyEventEvaluation.read(dataset), true));
    } else {
      sets.addAll(PolicyEventEvaluation.bundledSlices());
    }
    try (EventsEngine engine = EventsEngine.open(data.settings().dataDir(), data.settings().maxChunkChars())) {
      for (Slice set : sets) {
        // The sealed half's per-item errors are never listed (the slice says so), even with --errors.
        Report report = PolicyEventEvaluation.run(set, item -> predict(engine, item));
        out.print(report.table());
        if (errors) {
          report.errors().forEach(e -> out.println("  " + e));
        }
        out.println();
        out.flush();
      }
    } catch (IllegalStateException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    return 0;
  }

  private static Prediction predict(EventsEngine engine, PolicyItem item) {
    LocalDate date = item.date() == null ? null : LocalDate.parse(item.date());
    EventsEngine.Result r = engine.run(item.text(), date);
    Map<String, List<String>> aliases = new HashMap<>();
    for (Entity e : r.entities().entities()) {
      aliases.put(e.id().value(), new ArrayList<>(e.aliases()));
    }
    return new Prediction(r.events().policyEvents(), aliases);
  }

}
