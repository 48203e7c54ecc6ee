package io.uncrowned.guard.brief;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {
  private static final String JSON =
      "{\"version\":\"1.0\",\"added_tokens\":[{\"id\":0,\"content\":\"[PAD]\"}],"
          + "\"model\":{\"type\":\"WordPiece\",\"vocab\":{\"[PAD]\":0,\"[UNK]\":1,\"[CLS]\":2,\"[SEP]\":3,"
          + "\"play\":4,\"##ing\":5,\"cafe\":6,\",\":7,\"!\":8,\"un\":9,\"##play\":10}}}";

  private static WordPieceTokenizer tokenizer() throws IOException {
    return WordPieceTokenizer.read(new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void lowerCasesStripsAccentsAndSplitsPunctuation() {
    assertEquals(List.of("cafe", ",", "playing", "!"), WordPieceTokenizer.words("Café,  PLAYING!"));
  }

  @Test
  void cutsWordsIntoLongestPiecesAndWrapsThemInClsAndSep() throws IOException {
    assertArrayEquals(new long[] {2, 4, 5, 7, 9, 10, 3}, tokenizer().encode("Playing, unplay", 128));
  }

  @Test
  void aWordWithNoCutIsUnknown() throws IOException {
    assertArrayEquals(new long[] {2, 1, 6, 3}, tokenizer().encode("xyz cafe", 128));
  }

  @Test
  void truncatesToTheLimitKeepingSep() throws IOException {
    assertArrayEquals(new long[] {2, 4, 5, 3}, tokenizer().encode("playing playing playing", 4));
  }
}
