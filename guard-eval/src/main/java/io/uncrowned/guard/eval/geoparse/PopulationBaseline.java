package io.uncrowned.guard.eval.geoparse;

import io.uncrowned.guard.understand.places.Gazetteer;
import io.uncrowned.guard.understand.places.PlaceMention;
import io.uncrowned.guard.understand.places.Place;
import io.uncrowned.guard.understand.places.Toponym;
import io.uncrowned.guard.understand.places.ToponymResolver;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The literature's population baseline: each toponym goes to its most populous gazetteer candidate. */
public final class PopulationBaseline implements ToponymResolver {
  private final Gazetteer gazetteer;

  public PopulationBaseline(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public List<PlaceMention> resolve(String text, List<Toponym> toponyms) {
    List<PlaceMention> out = new ArrayList<>();
    for (Toponym t : toponyms) {
      gazetteer.candidates(t.text(), 20).stream().max(Comparator.comparingLong(Place::population))
          .ifPresent(p -> out.add(new PlaceMention(t.span(), t.text(), p, 1.0)));
    }
    return out;
  }
}
