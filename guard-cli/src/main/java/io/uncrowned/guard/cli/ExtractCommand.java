package io.uncrowned.guard.cli;

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
    ArticleJson codec = new ArticleJson();
    int failed = Engines.extractEach(Engines.settings(data, allowPrivate).collect(), input,
        a -> out.println(json ? codec.write(a) : ShowCommand.render(a) + "\n"), err);
    out.flush();
    err.flush();
    return failed == 0 ? 0 : 1;
  }
}
