package io.uncrowned.guard.brief;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.Section;
import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.understand.nlp.AnnotatedText;
import io.uncrowned.guard.understand.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentences a brief may quote: the NLP engine's sentences when given, else {@link SentenceSplitter}'s,
 * minus headings, captions, bylines, image credits, page furniture, front matter before a dateline, the author's
 * own TL;DR and short fragments; a sentence opening with a time stamp, byline, credit or dateline is quoted from
 * where its prose starts ({@link PageLines}).
 */
final class Candidates {
  static final int MIN_WORDS = 6;
  /** Front matter (captions, highlights, editor's notes) is short: a body mark later than this is no such mark. */
  static final int FRONT_MATTER_SENTENCES = 6;
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(?i)^[\\s\"'“‘(]*(by\\s+\\p{Lu}|image credit|photo|picture|credit|source:|copyright|©|read more|click"
              + "|follow us|share this|sign up|subscribe|scroll down|editor'?s note|advertisement|related:)");
  private static final Pattern TERMINAL = Pattern.compile("[.!?…][\"'”’)\\]]*$");

  private final SentenceSplitter splitter;

  Candidates(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  /** Usable sentence spans of the article, in text order. */
  List<Span> of(Article article, AnnotatedText annotated) {
    String text = article.text();
    List<Span> raw = new ArrayList<>();
    if (annotated != null && !annotated.sentences().isEmpty()) {
      for (Sentence s : annotated.sentences()) {
        if (s.span().fits(text)) {
          raw.addAll(SentenceSplitter.cutAtParagraphs(text, s.span()));
        }
      }
    } else {
      raw.addAll(splitter.split(text));
    }
    List<Span> out = new ArrayList<>();
    for (Span s : raw.subList(bodyStart(text, raw), raw.size())) {
      Span prose = new Span(s.start() + PageLines.proseStart(s.of(text)), s.end());
      if (usable(article, prose)) {
        out.add(prose);
      }
    }
    return out;
  }

  /**
   * Index of the sentence where the story's body begins: the first of the opening sentences to open with a
   * dateline or picture credit, when one does; what stands before it is front matter (a caption, a highlight,
   * an editor's note), not the story. 0 when no opening sentence is so marked.
   */
  static int bodyStart(String text, List<Span> sentences) {
    for (int i = 1; i < Math.min(FRONT_MATTER_SENTENCES, sentences.size()); i++) {
      if (PageLines.opensBody(sentences.get(i).of(text))) {
        return i;
      }
    }
    return 0;
  }

  private static boolean usable(Article article, Span s) {
    String sentence = s.of(article.text());
    if (Words.count(sentence) < MIN_WORDS || BOILERPLATE.matcher(sentence).find() || PageLines.isFurniture(sentence)) {
      return false;
    }
    if (sentence.chars().noneMatch(Character::isLowerCase)) {
      return false; // shouted kicker or label
    }
    if (overlaps(article.authorTldr(), s) || sentence.startsWith("TL;DR")) {
      return false; // the author's TL;DR is kept apart, never quoted as ours
    }
    for (Section section : article.sections()) {
      if (overlaps(section.headingSpan(), s)) {
        return false;
      }
    }
    return !looksLikeHeadingOrCaption(article.text(), s, sentence);
  }

  /** A paragraph of one short unpunctuated line is a heading, caption or credit rather than prose. */
  private static boolean looksLikeHeadingOrCaption(String text, Span s, String sentence) {
    boolean wholeParagraph = startsParagraph(text, s.start()) && endsParagraph(text, s.end());
    return wholeParagraph && Words.count(sentence) < 15 && !TERMINAL.matcher(sentence).find();
  }

  private static boolean startsParagraph(String text, int at) {
    int i = at - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n';
  }

  private static boolean endsParagraph(String text, int at) {
    int i = at;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i >= text.length() || text.charAt(i) == '\n';
  }

  private static boolean overlaps(Span a, Span b) {
    return a != null && a.start() < b.end() && b.start() < a.end();
  }
}
