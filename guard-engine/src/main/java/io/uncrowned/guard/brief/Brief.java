package io.uncrowned.guard.brief;

import io.uncrowned.guard.article.Span;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An article's brief: our extractive TL;DR and key points, each sentence pointing at its span in the article's
 * canonical text, and the author's own TL;DR kept apart when the article has one.
 *
 * @param tldr 1–3 sentences in article order, within the word budget (a single longer sentence is kept when no
 *     sentence fits); empty only when the article has no usable sentence
 * @param keyPoints further sentences in article order (3–5 for a full article, fewer for a short one), none of
 *     them in the TL;DR
 * @param authorTldr span of the author's TL;DR in the canonical text, null when the author wrote none
 * @param authorTldrText the author's TL;DR text, null exactly when {@code authorTldr} is null
 */
public record Brief(List<BriefSentence> tldr, List<BriefSentence> keyPoints, Span authorTldr, String authorTldrText) {
  public Brief {
    tldr = List.copyOf(tldr);
    keyPoints = List.copyOf(keyPoints);
    if ((authorTldr == null) != (authorTldrText == null)) {
      throw new IllegalArgumentException("author TL;DR span and text must both be present or both absent");
    }
  }

  /** Our TL;DR as one paragraph. */
  public String tldrText() {
    return tldr.stream().map(BriefSentence::text).collect(Collectors.joining(" "));
  }

  /** Words in our TL;DR, counted as {@link BriefSentence#words()} does. */
  public int tldrWords() {
    return tldr.stream().mapToInt(BriefSentence::words).sum();
  }
}
