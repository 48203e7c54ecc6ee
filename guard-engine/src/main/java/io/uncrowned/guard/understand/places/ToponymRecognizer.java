package io.uncrowned.guard.understand.places;

import io.uncrowned.guard.article.Lang;
import java.util.List;

/** Finds the toponyms in a text (recognition only; {@link ToponymResolver} picks the places). Thread-safe. */
public interface ToponymRecognizer {
  /** The toponyms of {@code text}, in text order, not overlapping. */
  List<Toponym> recognize(String text, Lang language);
}
