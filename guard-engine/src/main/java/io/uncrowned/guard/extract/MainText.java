package io.uncrowned.guard.extract;

import java.util.List;
import java.util.stream.Collectors;

/** The main text of a page as blocks in reading order, without navigation, ads, comments and footers. */
public record MainText(List<TextBlock> blocks) {
  public MainText {
    blocks = List.copyOf(blocks);
  }

  /** Blocks joined by a blank line: the form the benchmark scores and the article's canonical text. */
  public String text() {
    return blocks.stream().map(TextBlock::text).collect(Collectors.joining("\n\n"));
  }
}
