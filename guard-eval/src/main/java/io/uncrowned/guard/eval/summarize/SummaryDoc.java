package io.uncrowned.guard.eval.summarize;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a summarisation data set.
 *
 * @param docId the row's {@code doc_id}
 * @param source the article text ({@code src}), as the data set has it (often tokenised: "word ,")
 * @param references the reference summaries ({@code ref_summs}, else the single {@code ref_summ})
 * @param systems other systems' summaries by system name ({@code sys_summs}), in file order; may be empty
 */
public record SummaryDoc(String docId, String source, List<String> references, Map<String, String> systems) {
  public SummaryDoc {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(source, "source");
    references = List.copyOf(references);
    systems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(systems));
  }
}
