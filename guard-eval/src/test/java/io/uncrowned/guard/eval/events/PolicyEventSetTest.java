package io.uncrowned.guard.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the held-out policy-event set well formed and as large and varied as the issue asks. It checks the
 * data only; scoring an extractor against it is the job of {@code guard eval events}.
 */
class PolicyEventSetTest {
  private static final String DIR = "/io/uncrowned/guard/eval/events/";
  private static final Set<String> KINDS = Set.of("grant", "restrict", "lift", "refuse", "extend");
  /** Fields whose values are quoted from the item's text, so a scorer may look for them there. */
  private static final List<String> QUOTED_LISTS = List.of("area", "limits", "instruments");
  private static final List<String> QUOTED_STRINGS = List.of("targets", "purpose", "attributedTo");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static List<String> lines;

  @BeforeAll
  static void load() throws IOException {
    lines = new ArrayList<>();
    try (InputStream in = PolicyEventSetTest.class.getResourceAsStream(DIR + "policy-events-test.jsonl")) {
      assertNotNull(in, "policy-events-test.jsonl is missing from the classpath");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
      }
    }
  }

  @Test
  void everyLineIsAWellFormedItem() {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      for (String p : problems(lines.get(i))) {
        problems.add("line " + (i + 1) + ": " + p);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theSecondDevAndHeldOutSetsAreWellFormedToo() throws IOException {
    for (String name : List.of("policy-events-dev2.jsonl", "policy-events-test2.jsonl")) {
      List<String> problems = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      try (InputStream in = PolicyEventSetTest.class.getResourceAsStream(DIR + name)) {
        assertNotNull(in, name + " is missing from the classpath");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          n++;
          for (String p : problems(line)) {
            problems.add(name + " line " + n + ": " + p);
          }
          assertTrue(ids.add(JSON.readTree(line).path("id").asText()), name + ": duplicate id on line " + n);
        }
        assertTrue(n >= 100, name + ": " + n + " items");
      }
      assertEquals(List.of(), problems);
    }
  }

  @Test
  void idsAreUnique() throws JsonProcessingException {
    Set<String> seen = new HashSet<>();
    for (String line : lines) {
      String id = JSON.readTree(line).path("id").asText();
      assertTrue(seen.add(id), "duplicate id " + id);
    }
  }

  @Test
  void countsMeetTheMinimums() throws JsonProcessingException {
    int lookAlikes = 0;
    int reversals = 0;
    Map<String, Integer> kinds = new HashMap<>();
    for (String line : lines) {
      JsonNode events = JSON.readTree(line).path("events");
      lookAlikes += events.isEmpty() ? 1 : 0;
      for (JsonNode e : events) {
        kinds.merge(e.path("kind").asText(), 1, Integer::sum);
        reversals += e.path("reversal").asBoolean() ? 1 : 0;
      }
    }
    assertTrue(lines.size() >= 80, "items: " + lines.size());
    assertTrue(lookAlikes >= 30, "look-alikes: " + lookAlikes);
    for (String kind : KINDS) {
      assertTrue(kinds.getOrDefault(kind, 0) >= 5, kind + ": " + kinds.get(kind));
    }
    assertTrue(reversals >= 8, "reversals: " + reversals);
    double positiveShare = 1 - (double) lookAlikes / lines.size();
    assertTrue(positiveShare >= 0.45 && positiveShare <= 0.55, "share of positives: " + positiveShare);
  }

  @Test
  void positivesAndLookAlikesComeInSeveralStyles() throws JsonProcessingException {
    Map<String, Integer> positivesByStyle = new HashMap<>();
    Set<String> lookAlikeStyles = new HashSet<>();
    for (String line : lines) {
      JsonNode item = JSON.readTree(line);
      String style = item.path("style").asText();
      if (item.path("events").isEmpty()) {
        lookAlikeStyles.add(style);
      } else {
        positivesByStyle.merge(style, 1, Integer::sum);
      }
    }
    assertTrue(positivesByStyle.values().stream().filter(n -> n >= 3).count() >= 6, positivesByStyle::toString);
    assertTrue(lookAlikeStyles.size() >= 6, lookAlikeStyles::toString);
  }

  @Test
  void theChecksCatchBrokenItems() {
    String good = "{\"id\":\"x1\",\"style\":\"wire\",\"date\":\"2024-05-30\",\"text\":\"Norway banned exports to Peru.\","
        + "\"events\":[{\"kind\":\"restrict\",\"actors\":[\"Norway\"],\"subject\":\"\",\"area\":[\"Peru\"],"
        + "\"reversal\":false}]}";
    assertEquals(List.of(), problems(good));
    assertEquals(1, problems(good.replace("restrict", "forbid")).size(), "unknown kind");
    assertEquals(1, problems(good.replace("[\"Norway\"]", "[]")).size(), "no actor");
    assertEquals(1, problems(good.replace("[\"Peru\"]", "[\"Chile\"]")).size(), "area not in the text");
    assertEquals(1, problems(good.replace("2024-05-30", "30 May 2024")).size(), "date not ISO");
    assertEquals(1, problems(good.replace(",\"subject\":\"\"", "")).size(), "subject missing");
    assertEquals(1, problems("{\"id\":\"x1\",").size(), "not JSON");
  }

  @Test
  void theSetSaysItIsSynthetic() throws IOException {
    try (InputStream in = PolicyEventSetTest.class.getResourceAsStream(DIR + "README.md")) {
      assertNotNull(in, "README.md beside the set is missing");
      String readme = new String(in.readAllBytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
      assertTrue(readme.contains("synthetic"), "README must mark the set as synthetic");
    }
  }

  /** What is wrong with one line of the set; empty when nothing is. */
  private static List<String> problems(String line) {
    JsonNode item;
    try {
      item = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return List.of("not JSON: " + e.getOriginalMessage());
    }
    List<String> problems = new ArrayList<>();
    for (String field : List.of("id", "style", "date", "text")) {
      if (item.path(field).asText("").isBlank()) {
        problems.add("no " + field);
      }
    }
    try {
      LocalDate.parse(item.path("date").asText(""));
    } catch (DateTimeParseException e) {
      problems.add("date is not yyyy-mm-dd: " + item.path("date"));
    }
    if (!item.path("events").isArray()) {
      return append(problems, "events is not a list");
    }
    String text = item.path("text").asText("").toLowerCase(Locale.ROOT);
    for (JsonNode event : item.path("events")) {
      eventProblems(event, text, problems);
    }
    return problems;
  }

  private static void eventProblems(JsonNode event, String text, List<String> problems) {
    if (!KINDS.contains(event.path("kind").asText())) {
      problems.add("unknown kind " + event.path("kind"));
    }
    JsonNode actors = event.path("actors");
    if (!actors.isArray() || actors.isEmpty() || !allNonBlankStrings(actors)) {
      problems.add("actors must be a non-empty list of names: " + actors);
    }
    if (!event.path("subject").isTextual()) {
      problems.add("subject must be a string, empty when none: " + event.path("subject"));
    }
    if (!event.path("area").isArray()) {
      problems.add("area must be a list, empty when none: " + event.path("area"));
    }
    if (!event.path("reversal").isBoolean()) {
      problems.add("reversal must be true or false: " + event.path("reversal"));
    }
    // Quoted fields must really be in the text: a typo there would silently cost every extractor recall.
    for (String field : QUOTED_LISTS) {
      for (JsonNode value : event.path(field)) {
        requireQuoted(field, value.asText(), text, problems);
      }
    }
    for (String field : QUOTED_STRINGS) {
      requireQuoted(field, event.path(field).asText(""), text, problems);
    }
  }

  private static void requireQuoted(String field, String value, String text, List<String> problems) {
    if (!value.isEmpty() && !text.contains(value.toLowerCase(Locale.ROOT))) {
      problems.add(field + " \"" + value + "\" is not in the text");
    }
  }

  private static boolean allNonBlankStrings(JsonNode list) {
    for (JsonNode n : list) {
      if (!n.isTextual() || n.asText().isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static List<String> append(List<String> problems, String problem) {
    problems.add(problem);
    return problems;
  }
}
