package io.uncrowned.guard.eval.geoparse;

import io.uncrowned.guard.article.Problem;
import io.uncrowned.guard.article.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A geoparsing corpus read from XML: LGL's layout ({@code article/text}, {@code toponym/start,end,phrase,
 * gaztag[@geonameid]/lat,lon}) or GeoWebNews' ({@code toponym/extractedName,start,end,geonamesID,latitude,
 * longitude}); each toponym element is read by whichever tags it has. A toponym whose offsets do not cover
 * its written name is skipped and reported as a problem.
 */
public record GeoCorpus(String name, List<GoldDocument> documents, List<Problem> problems) {
  public GeoCorpus {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }

  /** Reads {@code file}; {@code name} labels the report. */
  public static GeoCorpus read(Path file, String name) {
    Document xml = parse(file);
    List<GoldDocument> docs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    NodeList articles = xml.getElementsByTagName("article");
    for (int i = 0; i < articles.getLength(); i++) {
      Element a = (Element) articles.item(i);
      String id = a.hasAttribute("docid") ? a.getAttribute("docid") : a.getAttribute("file");
      String text = child(a, "text");
      List<GoldToponym> toponyms = new ArrayList<>();
      NodeList ts = a.getElementsByTagName("toponym");
      for (int k = 0; k < ts.getLength(); k++) {
        toponym((Element) ts.item(k), text, file + " article " + id, problems, toponyms);
      }
      toponyms.sort(Comparator.comparing(GoldToponym::span));
      docs.add(new GoldDocument(id, i, text, toponyms));
    }
    return new GeoCorpus(name, docs, problems);
  }

  private static void toponym(Element t, String text, String where, List<Problem> problems,
      List<GoldToponym> out) {
    String phrase = child(t, "phrase").isEmpty() ? child(t, "extractedName") : child(t, "phrase");
    int start = Integer.parseInt(child(t, "start").strip());
    int end = Integer.parseInt(child(t, "end").strip());
    if (start < 0 || end < start || end > text.length() || !text.substring(start, end).equals(phrase)) {
      problems.add(new Problem(where, "toponym '" + phrase + "' does not fit [" + start + ", " + end + ")"));
      return;
    }
    Element gaz = first(t, "gaztag");
    String id = gaz != null ? gaz.getAttribute("geonameid") : child(t, "geonamesID");
    String lat = gaz != null ? child(gaz, "lat") : child(t, "latitude");
    String lon = gaz != null ? child(gaz, "lon") : child(t, "longitude");
    out.add(new GoldToponym(new Span(start, end), phrase, id.isBlank() ? 0 : Long.parseLong(id.strip()),
        lat.isBlank() ? Double.NaN : Double.parseDouble(lat), lon.isBlank() ? Double.NaN : Double.parseDouble(lon)));
  }

  private static Element first(Element parent, String tag) {
    NodeList list = parent.getElementsByTagName(tag);
    return list.getLength() == 0 ? null : (Element) list.item(0);
  }

  private static String child(Element parent, String tag) {
    Element e = first(parent, tag);
    return e == null ? "" : e.getTextContent();
  }

  private static Document parse(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus " + file, e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalArgumentException("not a geoparsing corpus in LGL's XML layout: " + file + ": "
          + e.getMessage(), e);
    }
  }
}
