package io.uncrowned.guard.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article fields a page states in JSON-LD ({@code <script type="application/ld+json">}). Malformed
 * blocks are ignored: they record nothing. Every field is nullable; {@code authors} may be empty.
 */
record JsonLd(String headline, String datePublished, List<String> authors, String publisher, String imageCredit) {
  static final JsonLd NONE = new JsonLd(null, null, List.of(), null, null);

  JsonLd {
    authors = List.copyOf(authors);
  }

  /** Reads the first article-like object of the page's JSON-LD, or {@link #NONE}. */
  static JsonLd read(Document page, ObjectMapper json) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        flatten(json.readTree(script.data()), nodes, 0);
      } catch (JsonProcessingException e) {
        // a broken block says nothing we can trust; the page's other sources still count
      }
    }
    return nodes.stream()
        .filter(JsonLd::isArticle)
        .findFirst()
        .or(() -> nodes.stream().filter(n -> n.hasNonNull("headline")).findFirst())
        .map(JsonLd::of)
        .orElse(NONE);
  }

  private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
    if (n == null || depth > 4) {
      return;
    }
    if (n.isArray()) {
      n.forEach(e -> flatten(e, out, depth + 1));
    } else if (n.isObject()) {
      out.add(n);
      flatten(n.get("@graph"), out, depth + 1);
      flatten(n.get("mainEntity"), out, depth + 1);
    }
  }

  private static boolean isArticle(JsonNode n) {
    JsonNode type = n.get("@type");
    List<String> types = new ArrayList<>();
    if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (type != null) {
      types.add(type.asText());
    }
    return types.stream().anyMatch(t -> t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report"));
  }

  private static JsonLd of(JsonNode n) {
    return new JsonLd(
        text(n.get("headline")),
        text(n.get("datePublished")),
        names(n.get("author")),
        name(n.get("publisher")).orElse(null),
        credit(n));
  }

  private static String credit(JsonNode article) {
    JsonNode image = article.get("image");
    if (image != null && image.isArray() && !image.isEmpty()) {
      image = image.get(0);
    }
    for (JsonNode holder : new JsonNode[] {image, article}) {
      if (holder != null && holder.isObject()) {
        String c = text(holder.get("creditText"));
        if (c == null) {
          c = name(holder.get("copyrightHolder")).orElse(null);
        }
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(e -> name(e).ifPresent(out::add));
    } else {
      name(n).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<String> name(JsonNode n) {
    if (n == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(n.isObject() ? text(n.get("name")) : text(n));
  }

  private static String text(JsonNode n) {
    if (n == null || !n.isValueNode() || n.asText().isBlank()) {
      return null;
    }
    return n.asText().strip();
  }
}
