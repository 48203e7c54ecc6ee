package io.uncrowned.guard.understand.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.article.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * The {@link Annotator} backed by Stanford CoreNLP with its bundled English models: tokens, sentences, POS,
 * lemmas and named entities (person, organisation, location, nationality).
 *
 * <p>Build one per process (loading takes seconds; with {@link CoreNlpProfile#FAST} the models hold about 270 MB of heap
 * and two busy threads peak near 800 MB)
 * and share it: {@link #annotate} is thread-safe, since each call works on its own CoreNLP {@code Annotation}.
 * Long texts are annotated in pieces of at most {@code maxChunkChars} characters cut on paragraph
 * boundaries, so time and memory grow linearly with the text. All spans are UTF-16 offsets into the text
 * passed to {@link #annotate}.
 */
public final class CoreNlpAnnotator implements Annotator {
  /** Piece size: long enough for any normal paragraph, short enough to bound the tagger's work. */
  public static final int DEFAULT_MAX_CHUNK_CHARS = 10_000;

  private static final Lang ENGLISH = Lang.of("en");
  private final StanfordCoreNLP pipeline;
  private final NationalityTagger nationalities;
  private final int maxChunkChars;

  /** Loads CoreNLP with {@code profile}; slow (seconds), so do it once. */
  public CoreNlpAnnotator(CoreNlpProfile profile, Demonyms demonyms, int maxChunkChars) {
    this(profile.properties(), demonyms, maxChunkChars);
  }

  /**
   * Loads CoreNLP with properties of one's own, for measuring other configurations; the annotators must
   * include tokenize, ssplit, pos, lemma and ner, with {@code ner.buildEntityMentions=true}.
   */
  public CoreNlpAnnotator(Properties properties, Demonyms demonyms, int maxChunkChars) {
    Objects.requireNonNull(properties, "properties");
    if (maxChunkChars < 100) {
      throw new IllegalArgumentException("maxChunkChars too small: " + maxChunkChars);
    }
    this.pipeline = new StanfordCoreNLP(properties);
    this.nationalities = new NationalityTagger(demonyms);
    this.maxChunkChars = maxChunkChars;
  }

  /** The engine's default: the fast profile, the bundled demonyms, 10,000-character pieces. */
  public static CoreNlpAnnotator fast() {
    return new CoreNlpAnnotator(CoreNlpProfile.FAST, Demonyms.bundled(), DEFAULT_MAX_CHUNK_CHARS);
  }

  @Override
  public boolean supports(Lang language) {
    return ENGLISH.equals(language);
  }

  /**
   * Annotates {@code text}.
   *
   * @throws UnsupportedLanguageException when {@code language} is not English
   */
  @Override
  public AnnotatedText annotate(String text, Lang language) {
    Objects.requireNonNull(text, "text");
    if (!supports(language)) {
      throw new UnsupportedLanguageException(language);
    }
    List<Sentence> sentences = new ArrayList<>();
    List<NerMention> mentions = new ArrayList<>();
    for (Span chunk : TextChunks.of(text, maxChunkChars)) {
      if (chunk.of(text).isBlank()) {
        continue;
      }
      Annotation doc = new Annotation(chunk.of(text));
      pipeline.annotate(doc);
      AnnotationReader.read(doc, chunk.start(), sentences, mentions);
    }
    return nationalities.tag(new AnnotatedText(sentences, mentions));
  }

  /**
   * CoreNLP's own account of where the time went so far, per annotator (tokenize, ssplit, pos, lemma, ner),
   * summed over all threads since loading. For benchmarks; the format is CoreNLP's.
   */
  public String timingReport() {
    return pipeline.timingInformation();
  }
}
