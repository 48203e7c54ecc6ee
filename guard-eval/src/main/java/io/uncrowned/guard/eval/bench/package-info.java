/** Benchmarks of the embedded engine: throughput and peak memory, printed with the command to rerun them. */
package io.uncrowned.guard.eval.bench;
