package io.uncrowned.guard.understand.nlp;

import io.uncrowned.guard.article.Span;

/** A named-entity mention as the engine found it (before canonical entities), with its character span. */
public record NerMention(Span span, String text, NerType type, int sentence) {}
