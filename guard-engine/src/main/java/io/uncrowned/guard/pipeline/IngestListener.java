package io.uncrowned.guard.pipeline;

/** Told of every outcome as it happens, in input order: progress bars and logs listen here. */
@FunctionalInterface
public interface IngestListener {
  IngestListener NONE = outcome -> {};

  void onOutcome(IngestOutcome outcome);
}
