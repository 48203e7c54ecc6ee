package io.uncrowned.guard.extract.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Uses the {@code articleBody} that many publishers put in JSON-LD to find the article's container: the
 * smallest element that holds nearly all the page paragraphs whose text also appears in that body. The
 * body itself is not used as the text, because publishers often cut it short or strip its headings.
 */
public final class JsonLdHint {
  private static final int MIN_BODY = 400;
  private static final int MIN_PARAGRAPH = 40;
  private static final double COVERAGE = 0.9;

  private final ObjectMapper json;

  public JsonLdHint(ObjectMapper json) {
    this.json = json;
  }

  /** The container of the paragraphs that JSON-LD's articleBody confirms, if the page has one. */
  public Optional<Element> container(Document page, Element body, TextStats stats) {
    String articleBody = articleBody(page);
    if (articleBody.length() < MIN_BODY) {
      return Optional.empty();
    }
    String known = normalise(articleBody);
    Map<Element, Integer> confirmed = new IdentityHashMap<>();
    int total = 0;
    for (Element p : body.getElementsByTag("p")) {
      String text = p.text();
      if (text.length() >= MIN_PARAGRAPH && stats.visible(p) && known.contains(normalise(text))) {
        total += text.length();
        for (Element a = p; a != null && stats.visible(a); a = a.parent()) {
          confirmed.merge(a, text.length(), Integer::sum);
        }
      }
    }
    if (total == 0) {
      return Optional.empty();
    }
    Element best = null;
    for (Map.Entry<Element, Integer> e : confirmed.entrySet()) {
      if (e.getValue() >= COVERAGE * total && (best == null || stats.chars(e.getKey()) < stats.chars(best))) {
        best = e.getKey();
      }
    }
    // A single confirmed paragraph says little about the container.
    return best == null || best.nameIs("p") ? Optional.empty() : Optional.of(best);
  }

  /** The longest articleBody found in the page's JSON-LD blocks, or "" when there is none. */
  String articleBody(Document page) {
    String longest = "";
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        for (String b : bodies(json.readTree(script.data()), new ArrayList<>())) {
          if (b.length() > longest.length()) {
            longest = b;
          }
        }
      } catch (JsonProcessingException e) {
        // Broken JSON-LD is common and only means there is no hint.
      }
    }
    return longest;
  }

  private static List<String> bodies(JsonNode node, List<String> out) {
    if (node == null) {
      return out;
    }
    if (node.isObject()) {
      JsonNode b = node.get("articleBody");
      if (b != null && b.isTextual()) {
        out.add(b.asText());
      }
    }
    if (node.isContainerNode()) {
      node.forEach(child -> bodies(child, out));
    }
    return out;
  }

  // Letters and digits only, lower case, single spaces: markup and entity differences between the
  // JSON-LD body and the page text must not stop a match.
  private static String normalise(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    return sb.toString().strip();
  }
}
