package io.uncrowned.guard.brief;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, in plain Java so the embedder needs no native tokenizer library: clean
 * and lower-case the text, strip accents, split on white space and punctuation (each CJK character alone), then
 * cut each word into the longest vocabulary pieces ("##" marks a continuation); a word that cannot be cut is
 * {@code [UNK]}. Immutable and thread-safe.
 */
final class WordPieceTokenizer {
  private static final int MAX_WORD_CHARS = 100;
  private final Map<String, Integer> vocab;
  private final int cls;
  private final int sep;
  private final int unk;

  private WordPieceTokenizer(Map<String, Integer> vocab) {
    this.vocab = Map.copyOf(vocab);
    this.cls = id(vocab, "[CLS]");
    this.sep = id(vocab, "[SEP]");
    this.unk = id(vocab, "[UNK]");
  }

  private static int id(Map<String, Integer> vocab, String token) {
    Integer id = vocab.get(token);
    if (id == null) {
      throw new IllegalArgumentException("vocabulary lacks " + token);
    }
    return id;
  }

  /** Reads the vocabulary ({@code model.vocab}) of a Hugging Face {@code tokenizer.json}. */
  static WordPieceTokenizer read(InputStream tokenizerJson) throws IOException {
    Map<String, Integer> vocab = new HashMap<>();
    try (JsonParser p = new ObjectMapper().getFactory().createParser(tokenizerJson)) {
      int depth = 0;
      boolean inModel = false;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.FIELD_NAME && depth == 1) {
          inModel = "model".equals(p.currentName());
        } else if (t == JsonToken.FIELD_NAME && depth == 2 && inModel && "vocab".equals(p.currentName())) {
          p.nextToken();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String piece = p.currentName();
            p.nextToken();
            vocab.put(piece, p.getIntValue());
          }
        }
      }
    }
    return new WordPieceTokenizer(vocab);
  }

  /** Token ids with {@code [CLS]} first and {@code [SEP]} last, at most {@code maxTokens} in all. */
  long[] encode(String text, int maxTokens) {
    List<Integer> ids = new ArrayList<>();
    ids.add(cls);
    for (String word : words(text)) {
      if (ids.size() >= maxTokens - 1) {
        break;
      }
      pieces(word, ids);
    }
    int n = Math.min(ids.size(), maxTokens - 1);
    long[] out = new long[n + 1];
    for (int i = 0; i < n; i++) {
      out[i] = ids.get(i);
    }
    out[n] = sep;
    return out;
  }

  /** Normalised words and punctuation marks, as BERT's basic tokenizer yields them. */
  static List<String> words(String text) {
    String stripped = Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < stripped.length(); ) {
      int c = stripped.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || c == 0 || c == 0xFFFD
          || (Character.isISOControl(c) && !Character.isWhitespace(c))) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        flush(word, out);
      } else if (isPunctuation(c, type) || isCjk(c)) {
        flush(word, out);
        out.add(new String(Character.toChars(c)));
      } else {
        word.appendCodePoint(c);
      }
    }
    flush(word, out);
    return out;
  }

  private void pieces(String word, List<Integer> ids) {
    if (word.length() > MAX_WORD_CHARS) {
      ids.add(unk);
      return;
    }
    List<Integer> found = new ArrayList<>();
    int start = 0;
    while (start < word.length()) {
      Integer id = null;
      int end = word.length();
      for (; end > start; end--) {
        String piece = start == 0 ? word.substring(start, end) : "##" + word.substring(start, end);
        id = vocab.get(piece);
        if (id != null) {
          break;
        }
      }
      if (id == null) {
        ids.add(unk);
        return;
      }
      found.add(id);
      start = end;
    }
    ids.addAll(found);
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (word.length() > 0) {
      out.add(word.toString());
      word.setLength(0);
    }
  }

  private static boolean isPunctuation(int c, int type) {
    if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
      return true;
    }
    return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
        || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION;
  }

  private static boolean isCjk(int c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
        || (c >= 0x2A700 && c <= 0x2CEAF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
  }
}
