/**
 * The summarisation evaluation ({@code guard eval summarize}): our ROUGE-1/2/L F1 scorer
 * ({@link io.uncrowned.guard.eval.summarize.Rouge}, variant stated there), a reader for JSONL summarisation sets
 * (SummEval, Newsroom), Lead-3 computed by us, and a report scoring our TL;DR beside Lead-3 and the set's own
 * systems over all rows and over the tuning (even) and held-out (odd) halves.
 */
package io.uncrowned.guard.eval.summarize;
