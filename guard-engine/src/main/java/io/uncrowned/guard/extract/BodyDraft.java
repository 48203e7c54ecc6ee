package io.uncrowned.guard.extract;

import io.uncrowned.guard.article.Section;
import io.uncrowned.guard.article.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body blocks of one article after cleaning, and which block (if any) is the author's TL;DR.
 *
 * @param blocks body blocks in reading order (no title, site name, credit or byline lines)
 * @param tldrIndex index of the TL;DR block in {@code blocks}, or -1
 * @param tldrLabelLength characters of label ("TL;DR: ") that open the TL;DR block, excluded from its span
 */
record BodyDraft(List<TextBlock> blocks, int tldrIndex, int tldrLabelLength) {
  private static final String SEPARATOR = "\n\n";

  BodyDraft {
    blocks = List.copyOf(blocks);
    Objects.checkIndex(tldrIndex + 1, blocks.size() + 1);
  }

  /** The canonical text, its sections and the TL;DR span, all offsets into that text. */
  record Layout(String text, List<Section> sections, Span tldr) {}

  Layout layout() {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>(blocks.size());
    for (TextBlock b : blocks) {
      if (text.length() > 0) {
        text.append(SEPARATOR);
      }
      spans.add(new Span(text.length(), text.length() + b.text().length()));
      text.append(b.text());
    }
    String t = text.toString();
    Span tldr = null;
    if (tldrIndex >= 0) {
      Span s = spans.get(tldrIndex);
      tldr = new Span(Math.min(s.start() + tldrLabelLength, s.end()), s.end());
    }
    return new Layout(t, sections(t, spans), tldr);
  }

  /** A section runs from its heading to the block before the next heading, or to the end of the text. */
  private List<Section> sections(String text, List<Span> spans) {
    List<Section> out = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).kind() != TextBlock.Kind.HEADING) {
        continue;
      }
      int next = i + 1;
      while (next < blocks.size() && blocks.get(next).kind() != TextBlock.Kind.HEADING) {
        next++;
      }
      Span heading = spans.get(i);
      Span body =
          next == i + 1
              ? new Span(heading.end(), heading.end())
              : new Span(spans.get(i + 1).start(), spans.get(next - 1).end());
      out.add(new Section(heading.of(text), heading, body));
    }
    return out;
  }
}
