package io.uncrowned.guard.understand.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.understand.nlp.NerType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NerToponymRecognizerTest {
  private static final Lang EN = Lang.of("en");

  private static List<String> names(List<Toponym> toponyms) {
    return toponyms.stream().map(Toponym::text).toList();
  }

  @Test
  void takesLocationMentionsAndNamesTheGazetteerKnows() {
    // Synthetic text; the stand-in engine tags only Springfield, so Ukraine and Russia come from the gazetteer.
    String text = "Synthetic: Ukraine may strike inside Russia, said Dana Orvik, as Springfield watched.";
    var recognizer = new NerToponymRecognizer(new ListAnnotator(Map.of("Springfield", NerType.LOCATION,
        "Dana Orvik", NerType.PERSON)), InMemoryGazetteer.sample());
    List<Toponym> found = recognizer.recognize(text, EN);
    assertEquals(List.of("Ukraine", "Russia", "Springfield"), names(found));
    found.forEach(t -> assertEquals(t.text(), t.span().of(text)));
  }

  @Test
  void leavesOrganisationsPeopleAndUnknownCapitalsAlone() {
    String text = "Synthetic: the Western allies of Paris Holdings met Alexandria Vell in Ukraine. In US.";
    var recognizer = new NerToponymRecognizer(new ListAnnotator(Map.of("Paris Holdings", NerType.ORGANIZATION,
        "Alexandria Vell", NerType.PERSON)), InMemoryGazetteer.sample());
    assertEquals(List.of("Ukraine"), names(recognizer.recognize(text, EN)));
  }
}
