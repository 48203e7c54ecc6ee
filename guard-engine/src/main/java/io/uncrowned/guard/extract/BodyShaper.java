package io.uncrowned.guard.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cleans the main-text blocks of one article: drops a leading copy of the title, takes credit lines and a
 * leading "By …" line out of the body (they are metadata), and finds the author's TL;DR paragraph.
 */
final class BodyShaper {
  /** "In short:" or "Summary:" count only this near the top; an explicit "TL;DR" counts anywhere. */
  private static final int SOFT_TLDR_WINDOW = 4;
  private static final int BYLINE_WINDOW = 3;
  private static final int TITLE_WINDOW = 3;
  private static final Pattern LABEL_ONLY = Pattern.compile("tl\\s?;?\\s?dr|tl-dr|in short|summary|in brief");

  /** What was taken out of the body, besides the body itself. */
  record Shaped(BodyDraft body, String imageCredit, String byline) {}

  private BodyShaper() {}

  static Shaped shape(List<TextBlock> blocks, String title) {
    List<TextBlock> kept = new ArrayList<>();
    String credit = null;
    String byline = null;
    String titleKey = title == null ? "" : BodyRules.key(title);
    for (TextBlock b : blocks) {
      String t = b.text().strip();
      // The title is metadata; pages repeat it near the top (after a kicker, a label, a sign-up line).
      if (t.isEmpty() || (kept.size() < TITLE_WINDOW && !titleKey.isEmpty() && BodyRules.key(t).equals(titleKey))) {
        continue;
      }
      Optional<String> c =
          b.kind() == TextBlock.Kind.CAPTION ? BodyRules.creditInCaption(t) : BodyRules.creditLine(t);
      if (c.isPresent()) {
        credit = credit == null ? c.get() : credit;
        continue;
      }
      Optional<String> by = kept.size() < BYLINE_WINDOW ? BodyRules.bylineLine(t) : Optional.empty();
      if (by.isPresent() && byline == null) {
        byline = by.get();
        continue;
      }
      kept.add(t.equals(b.text()) ? b : new TextBlock(b.kind(), t));
    }
    return new Shaped(withTldr(kept), credit, byline);
  }

  private static BodyDraft withTldr(List<TextBlock> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock b = blocks.get(i);
      int label = BodyRules.tldrLabelLength(b.text());
      boolean explicit = label > 0 && b.text().substring(0, label).toLowerCase(Locale.ROOT).contains("dr");
      if (isTldrHeading(b.text())
          && i + 1 < blocks.size()
          && blocks.get(i + 1).kind() != TextBlock.Kind.HEADING
          && (explicit(b.text()) || i < SOFT_TLDR_WINDOW)) {
        // A label on its own is no section heading; the paragraph it labels is the TL;DR.
        List<TextBlock> unlabelled = new ArrayList<>(blocks);
        unlabelled.remove(i);
        return new BodyDraft(unlabelled, i, 0);
      }
      if (label > 0 && b.kind() != TextBlock.Kind.HEADING && (explicit || i < SOFT_TLDR_WINDOW)) {
        return new BodyDraft(blocks, i, label);
      }
    }
    return new BodyDraft(blocks, -1, 0);
  }

  /** A block that is only a label ("TL;DR", "Summary") heads the paragraph after it. */
  private static boolean isTldrHeading(String text) {
    return LABEL_ONLY.matcher(BodyRules.key(text)).matches();
  }

  private static boolean explicit(String text) {
    return text.toLowerCase(Locale.ROOT).contains("dr");
  }
}
