package io.uncrowned.guard.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.eval.events.PolicyEventEvaluation.Prediction;
import io.uncrowned.guard.eval.events.PolicyEventEvaluation.Slice;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The held-out set's analysis/sealed split and the rule that the sealed half's errors are never listed. */
class PolicyEventSplitTest {
  private static PolicyItem item(String id) {
    return new PolicyItem(id, "wire", null, "synthetic text " + id, List.of(
        new PolicyItem.ExpectedPolicy("grant", List.of("Ruritania"), "", "", List.of(), List.of(), "", "", List.of(), false, "")));
  }

  @Test
  void oddIdsAreTheAnalysisHalfAndEvenIdsTheSealedOne() {
    List<PolicyItem> items = List.of(item("t01"), item("t02"), item("t03"), item("t10"));
    assertEquals(List.of("t01", "t03"), PolicyEventEvaluation.half(items, true).stream().map(PolicyItem::id).toList());
    assertEquals(List.of("t02", "t10"), PolicyEventEvaluation.half(items, false).stream().map(PolicyItem::id).toList());
  }

  @Test
  void theSealedHalfNeverListsItsErrors() {
    List<PolicyItem> items = List.of(item("t02"));
    var nothing = (java.util.function.Function<PolicyItem, Prediction>) i -> new Prediction(List.of(), Map.of());
    assertTrue(PolicyEventEvaluation.run(new Slice("sealed", items, false), nothing).errors().isEmpty());
    assertFalse(PolicyEventEvaluation.run(new Slice("analysis", items, true), nothing).errors().isEmpty());
  }

  @Test
  void theBundledSlicesAreDevAnalysisSealedAndAll() {
    List<Slice> slices = PolicyEventEvaluation.bundledSlices();
    assertEquals(List.of("dev", "dev2", "test-analysis (odd ids)", "test-sealed (even ids)", "test-all", "test2-sealed",
        "all sealed (test even ids + test2)"), slices.stream().map(Slice::name).toList());
    assertTrue(slices.get(0).errorsShown() && slices.get(1).errorsShown() && slices.get(2).errorsShown());
    assertTrue(slices.subList(3, 7).stream().noneMatch(Slice::errorsShown), "sealed slices never list their errors");
    assertEquals(slices.get(4).items().size(), slices.get(2).items().size() + slices.get(3).items().size());
    assertEquals(slices.get(6).items().size(), slices.get(3).items().size() + slices.get(5).items().size());
  }
}
