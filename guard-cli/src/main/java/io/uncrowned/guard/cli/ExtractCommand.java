package io.uncrowned.guard.cli;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.Problem;
import io.uncrowned.guard.collect.DocumentSink;
import io.uncrowned.guard.collect.RawDocument;
import io.uncrowned.guard.extract.ExtractionException;
import io.uncrowned.guard.extract.Extractor;
import io.uncrowned.guard.store.ArticleJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code guard extract FILE}: extraction only, no store; one article per document in the file. */
@Command(name = "extract", description = "Extract the article(s) in a file or URL without storing them.")
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin DataOptions data;

  @Parameters(paramLabel = "FILE", description = "A file, folder or http(s) URL.")
  String input;

  @Option(names = "--json", description = "One JSON article record per line.")
  boolean json;

  @Option(names = "--allow-private", description = "Allow fetching from private and loopback addresses.")
  boolean allowPrivate;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Extractor extractor = Engines.extractor();
    ArticleJson codec = new ArticleJson();
    int[] failed = {0};
    Engines.collector(Engines.settings(data, allowPrivate).collect())
        .collect(
            input,
            new DocumentSink() {
              @Override
              public void accept(RawDocument document) {
                try {
                  Article a = extractor.extract(document);
                  out.println(json ? codec.write(a) : ShowCommand.render(a) + "\n");
                } catch (ExtractionException e) {
                  problem(new Problem(e.input(), e.getMessage()));
                }
              }

              @Override
              public void problem(Problem problem) {
                failed[0]++;
                err.println("error: " + problem);
              }
            });
    out.flush();
    err.flush();
    return failed[0] == 0 ? 0 : 1;
  }
}
