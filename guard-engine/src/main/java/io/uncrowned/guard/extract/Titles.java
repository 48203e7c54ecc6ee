package io.uncrowned.guard.extract;

import java.util.regex.Pattern;

/** Cleans page titles of the site name pages add around them ("Headline | Example News"). */
final class Titles {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014\u00b7:\\-]{1,2}\\s+");
  /** A trailing part this short after a separator is a site name even when we do not know it. */
  private static final int SITE_MAX_WORDS = 4;

  private Titles() {}

  /** {@code title} without a leading or trailing part equal to {@code site}; null when blank. */
  static String clean(String title, String site) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String t = title.strip().replaceAll("\\s+", " ");
    if (site == null || site.isBlank()) {
      return t;
    }
    String[] parts = SEPARATOR.split(t);
    if (parts.length < 2) {
      return t;
    }
    String siteKey = BodyRules.key(site);
    if (BodyRules.key(parts[parts.length - 1]).equals(siteKey)) {
      return t.substring(0, lastSeparatorStart(t)).strip();
    }
    if (BodyRules.key(parts[0]).equals(siteKey)) {
      return t.substring(firstSeparatorEnd(t)).strip();
    }
    return t;
  }

  /** The {@code <title>} element's text: also drops a short unknown trailing part after " | ". */
  static String cleanDocumentTitle(String title, String site) {
    String t = clean(title, site);
    if (t == null) {
      return null;
    }
    String[] parts = SEPARATOR.split(t);
    if (parts.length >= 2
        && BodyRules.wordCount(parts[parts.length - 1]) <= SITE_MAX_WORDS
        && BodyRules.wordCount(t.substring(0, lastSeparatorStart(t))) > SITE_MAX_WORDS) {
      return t.substring(0, lastSeparatorStart(t)).strip();
    }
    return t;
  }

  private static int lastSeparatorStart(String t) {
    var m = SEPARATOR.matcher(t);
    int start = t.length();
    while (m.find()) {
      start = m.start();
    }
    return start;
  }

  private static int firstSeparatorEnd(String t) {
    var m = SEPARATOR.matcher(t);
    return m.find() ? m.end() : 0;
  }
}
