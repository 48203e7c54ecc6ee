package io.uncrowned.guard.eval.summarize;

import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.brief.SentenceSplitter;
import java.util.List;
import java.util.stream.Collectors;

/** The Lead-3 baseline computed by us: the source's first three sentences, by our fallback splitter. */
public final class Lead3 {
  private final SentenceSplitter splitter = new SentenceSplitter();

  public String of(String source) {
    List<Span> spans = splitter.split(source);
    return spans.stream().limit(3).map(s -> s.of(source)).collect(Collectors.joining(" "));
  }
}
