/**
 * The brief stage: extractive TL;DRs and key points, each sentence pointing at its span in the article's
 * canonical text. {@link io.uncrowned.guard.brief.Summarizer} is the stage interface,
 * {@link io.uncrowned.guard.brief.ExtractiveSummarizer} the implementation on sentence embeddings
 * ({@link io.uncrowned.guard.brief.MiniLmEmbedder}).
 */
package io.uncrowned.guard.brief;
