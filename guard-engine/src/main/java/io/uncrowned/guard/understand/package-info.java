/**
 * Understand: who and where. Sentences and named-entity mentions from the NLP engine ({@code nlp}),
 * canonical entities ({@code entities}), and places resolved against the gazetteer ({@code places}).
 * Every mention keeps its character span in the article's canonical text.
 */
package io.uncrowned.guard.understand;
