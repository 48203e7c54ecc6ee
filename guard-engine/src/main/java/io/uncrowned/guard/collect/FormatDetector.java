package io.uncrowned.guard.collect;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Tells an input's format from its first bytes; the file name's extension only breaks ties (a text that
 * could be HTML or plain text, a first line that could start JSON Lines). Stateless and thread-safe.
 */
public final class FormatDetector {
  /** How many leading bytes callers should pass: enough to get past an XML prolog and a few JSON lines. */
  public static final int HEAD_BYTES = 16 * 1024;

  static final String BINARY = "binary content, not a supported format";
  private static final int JSON_LINES_CHECKED = 5;
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "<(p|div|br|span|a|h[1-6]|body|head|title|article|section|main|ul|ol|li|table|meta|img)[\\s>/]",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml");
  private static final Set<String> JSON_EXTENSIONS = Set.of("jsonl", "ndjson", "json");

  /**
   * @param head the input's first bytes (at most {@link #HEAD_BYTES} are looked at)
   * @param headIsWhole whether {@code head} is the whole input, so its last line is complete
   * @param name file name or URL path, for the extension; may be null
   */
  public Detection detect(byte[] head, boolean headIsWhole, String name) {
    String ext = extension(name);
    if (head.length == 0) {
      return new Detection.Refused("empty, nothing to read");
    }
    if (startsWith(head, 0, (byte) 0x1f, (byte) 0x8b)) {
      return detectGzip(head, name);
    }
    if (startsWithAscii(head, 0, "WARC/1.")) {
      return new Detection.Known(InputFormat.WARC);
    }
    Charset charset = StandardCharsets.ISO_8859_1;
    int offset = 0;
    if (startsWith(head, 0, (byte) 0xef, (byte) 0xbb, (byte) 0xbf)) {
      offset = 3;
    } else if (startsWith(head, 0, (byte) 0xfe, (byte) 0xff)) {
      charset = StandardCharsets.UTF_16BE;
    } else if (startsWith(head, 0, (byte) 0xff, (byte) 0xfe)) {
      charset = StandardCharsets.UTF_16LE;
    } else if (looksBinary(head)) {
      return new Detection.Refused(BINARY);
    }
    // Markers are ASCII, so ISO-8859-1 keeps every byte of UTF-8 text at its place without failing.
    String text = new String(head, offset, Math.min(head.length, HEAD_BYTES) - offset, charset).strip();
    if (charset != StandardCharsets.ISO_8859_1 && text.length() > 0 && text.charAt(0) == '\ufeff') {
      text = text.substring(1).strip();
    }
    if (text.isEmpty()) {
      return new Detection.Refused("empty, only whitespace");
    }
    char first = text.charAt(0);
    if (first == '<') {
      return detectMarkup(text, ext);
    }
    if (first == '{' && looksLikeJsonLines(text, headIsWhole)) {
      return new Detection.Known(InputFormat.JSONL);
    }
    if (first == '{' && JSON_EXTENSIONS.contains(ext)) {
      // Read as JSON Lines, a pretty-printed document would give one error per line.
      return firstLineStartsAnObject(text)
          ? new Detection.Known(InputFormat.JSONL)
          : new Detection.Refused("a JSON document over several lines, not JSON Lines (one object per line)");
    }
    if (first == '[' && JSON_EXTENSIONS.contains(ext)) {
      return new Detection.Refused("a JSON array, not JSON Lines (one object per line)");
    }
    if (HTML_EXTENSIONS.contains(ext) || HTML_TAG.matcher(text).find()) {
      return new Detection.Known(InputFormat.HTML);
    }
    return new Detection.Known(InputFormat.TEXT);
  }

  /** Looks inside gzip: a WARC.gz is read as it is; any other format is read after gunzipping. */
  private Detection detectGzip(byte[] head, String name) {
    ByteArrayOutputStream inner = new ByteArrayOutputStream();
    boolean whole = false;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
      byte[] buf = new byte[4096];
      int r;
      while (inner.size() < HEAD_BYTES && (r = in.read(buf)) > 0) {
        inner.write(buf, 0, r);
      }
      whole = inner.size() < HEAD_BYTES;
    } catch (IOException e) {
      // A head cut mid-stream still yields its first bytes; they are enough to tell the format.
    }
    byte[] bytes = inner.toByteArray();
    if (bytes.length == 0) {
      return new Detection.Refused("gzip stream with nothing readable in it");
    }
    if (startsWithAscii(bytes, 0, "WARC/1.")) {
      return new Detection.Known(InputFormat.WARC_GZ);
    }
    if (startsWith(bytes, 0, (byte) 0x1f, (byte) 0x8b)) {
      return new Detection.Refused("gzip inside gzip, not a supported format");
    }
    Detection inside = detect(bytes, whole, stripGz(name));
    return inside instanceof Detection.Known k ? new Detection.Known(k.format(), true) : inside;
  }

  private static String stripGz(String name) {
    return name != null && name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }

  private static Detection detectMarkup(String text, String ext) {
    String lower = text.toLowerCase(Locale.ROOT);
    boolean xmlDeclared = lower.startsWith("<?xml");
    int i = 0;
    while (i < lower.length()) {
      i = skipSpace(lower, i);
      if (lower.startsWith("<?", i)) {
        i = after(lower, i, "?>");
      } else if (lower.startsWith("<!--", i)) {
        i = after(lower, i, "-->");
      } else if (lower.startsWith("<!doctype", i)) {
        if (lower.startsWith("html", skipSpace(lower, i + 9))) {
          return new Detection.Known(InputFormat.HTML);
        }
        i = afterDoctype(lower, i);
      } else if (lower.startsWith("<", i)) {
        return byRootElement(rootName(lower, i + 1), lower, xmlDeclared, ext);
      } else {
        break;
      }
    }
    if (HTML_EXTENSIONS.contains(ext) || HTML_TAG.matcher(text).find()) {
      return new Detection.Known(InputFormat.HTML);
    }
    return new Detection.Refused("markup without a root element");
  }

  private static Detection byRootElement(String root, String lower, boolean xmlDeclared, String ext) {
    String local = root.substring(root.indexOf(':') + 1);
    switch (local) {
      case "rss":
      case "rdf":
        return new Detection.Known(InputFormat.RSS);
      case "feed":
        if (lower.contains("http://www.w3.org/2005/atom") || lower.contains("http://purl.org/atom/ns#")) {
          return new Detection.Known(InputFormat.ATOM);
        }
        return new Detection.Refused("a <feed> element without the Atom namespace, not a supported format");
      case "urlset":
      case "sitemapindex":
        return new Detection.Known(InputFormat.SITEMAP);
      case "html":
        return new Detection.Known(InputFormat.HTML);
      default:
        if (!xmlDeclared || HTML_EXTENSIONS.contains(ext) || HTML_TAG.matcher("<" + root + ">").find()) {
          return new Detection.Known(InputFormat.HTML);
        }
        return new Detection.Refused("XML with root element <" + root + ">, not RSS, Atom or a sitemap");
    }
  }

  /**
   * JSON Lines when the first line is an object and most of the next few start one: a bad line or
   * two must not turn a JSON Lines file into plain text, since then its good lines would be lost.
   */
  private static boolean looksLikeJsonLines(String text, boolean headIsWhole) {
    String[] lines = text.split("\r?\n");
    // The head may end mid-line; that last piece says nothing about the format.
    int usable = headIsWhole ? lines.length : Math.max(1, lines.length - 1);
    if (!firstLineStartsAnObject(text)) {
      return false;
    }
    int checked = 0;
    int objects = 0;
    for (int i = 0; i < usable && checked < JSON_LINES_CHECKED; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      checked++;
      objects += line.charAt(0) == '{' ? 1 : 0;
    }
    return objects * 2 > checked;
  }

  /** A first line longer than the head is cut, so its closing brace may not be seen: a key is enough. */
  private static boolean firstLineStartsAnObject(String text) {
    int nl = text.indexOf('\n');
    String first = (nl < 0 ? text : text.substring(0, nl)).strip();
    return first.endsWith("}") || first.matches("\\{\\s*\".*");
  }

  /** NUL bytes never occur in text we read; a few other control bytes may (form feeds, stray escapes). */
  private static boolean looksBinary(byte[] head) {
    int n = Math.min(head.length, HEAD_BYTES);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = head[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
        controls++;
      }
    }
    return controls * 50 > n;
  }

  private static String rootName(String lower, int from) {
    int end = from;
    while (end < lower.length() && isNameChar(lower.charAt(end))) {
      end++;
    }
    return lower.substring(from, end);
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_' || c == '.';
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int after(String s, int from, String end) {
    int at = s.indexOf(end, from);
    return at < 0 ? s.length() : at + end.length();
  }

  /** A DOCTYPE may carry an internal subset in brackets, which itself contains '>' characters. */
  private static int afterDoctype(String s, int from) {
    int close = s.indexOf('>', from);
    int bracket = s.indexOf('[', from);
    if (bracket >= 0 && (close < 0 || bracket < close)) {
      return after(s, bracket, "]>");
    }
    return close < 0 ? s.length() : close + 1;
  }

  static String extension(String name) {
    if (name == null) {
      return "";
    }
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = base.lastIndexOf('.');
    return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(byte[] bytes, int offset, byte... prefix) {
    if (bytes.length - offset < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithAscii(byte[] bytes, int offset, String prefix) {
    return startsWith(bytes, offset, prefix.getBytes(StandardCharsets.US_ASCII));
  }
}
