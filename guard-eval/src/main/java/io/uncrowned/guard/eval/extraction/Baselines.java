package io.uncrowned.guard.eval.extraction;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import io.uncrowned.guard.extract.MainTextExtractor;
import java.util.List;
import net.dankito.readability4j.Readability4J;

/** The systems run in-process: ours and the two Java baselines it must beat. */
public final class Baselines {
  private Baselines() {}

  /** Ours, readability4j and boilerpipe, in that order. */
  public static List<BodyExtractor> all() {
    return List.of(ours(new MainTextExtractor()), readability4j(), boilerpipe());
  }

  /** Our {@link MainTextExtractor}; it does not edit the document, so it reads the shared one. */
  public static BodyExtractor ours(MainTextExtractor extractor) {
    return named("guard (ours)", page -> extractor.extract(page.document()).text());
  }

  /** readability4j 1.0.8 on a copy of the parsed page (it edits the tree). */
  public static BodyExtractor readability4j() {
    return named("readability4j", page -> {
      String text = new Readability4J("https://benchmark.invalid/" + page.id(), page.freshDocument()).parse().getTextContent();
      return text == null ? "" : text;
    });
  }

  /** boilerpipe 1.1.0's ArticleExtractor on the decoded HTML. */
  public static BodyExtractor boilerpipe() {
    return named("boilerpipe (java)", page -> {
      try {
        return ArticleExtractor.INSTANCE.getText(page.html());
      } catch (BoilerpipeProcessingException e) {
        throw new IllegalStateException("boilerpipe failed on " + page.id(), e);
      }
    });
  }

  private static BodyExtractor named(String name, java.util.function.Function<BenchmarkPage, String> f) {
    return new BodyExtractor() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String extract(BenchmarkPage page) {
        return f.apply(page);
      }
    };
  }
}
