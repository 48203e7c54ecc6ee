package io.uncrowned.guard.collect;

import io.uncrowned.guard.article.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Test sink that keeps what it is given, in order. */
final class RecordingSink implements DocumentSink {
  final List<RawDocument> documents = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();

  @Override
  public void accept(RawDocument document) {
    documents.add(document);
  }

  @Override
  public void problem(Problem problem) {
    problems.add(problem);
  }

  String body(int i) {
    return new String(documents.get(i).body(), StandardCharsets.UTF_8);
  }

  List<String> inputs() {
    return documents.stream().map(RawDocument::input).collect(Collectors.toList());
  }

  List<String> problemLines() {
    return problems.stream().map(Problem::toString).collect(Collectors.toList());
  }
}
