/** The NLP engine behind one small interface: tokens, sentences, POS, lemmas and named entities. */
package io.uncrowned.guard.understand.nlp;
