package io.uncrowned.guard.cli;

/** Turns the index's HTML snippets into terminal text: highlights as *word*, entities decoded. */
final class Snippets {
  private Snippets() {}

  static String forTerminal(String html) {
    return html.replace("<b>", "*")
        .replace("</b>", "*")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
