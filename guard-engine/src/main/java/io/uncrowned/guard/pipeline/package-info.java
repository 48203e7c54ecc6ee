/**
 * The pipeline: the one place that knows the order of the stages. It wires collect → extract → dedupe →
 * store → index, runs extraction in parallel and writes in input order, and commits in batches so a crash
 * loses no committed work and a re-run completes the batch without duplicates.
 */
package io.uncrowned.guard.pipeline;
