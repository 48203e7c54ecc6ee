package io.uncrowned.guard.understand.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextChunksTest {
  @Test
  void shortTextIsOneChunk() {
    assertEquals(List.of(new Span(0, 5)), TextChunks.of("Hello", 100));
    assertEquals(List.of(new Span(0, 0)), TextChunks.of("", 100));
  }

  @Test
  void cutsOnParagraphsAndCoversTheText() {
    String text = "First paragraph here.\n\nSecond paragraph, longer than the first.\n\nThird.";
    List<Span> chunks = TextChunks.of(text, 40);
    assertContiguous(text, chunks, 40);
    assertEquals("First paragraph here.\n\n", chunks.get(0).of(text));
  }

  @Test
  void cutsALongParagraphAfterASentence() {
    String text = "One sentence ends here. Another one follows without any break at all";
    List<Span> chunks = TextChunks.of(text, 40);
    assertContiguous(text, chunks, 40);
    assertEquals("One sentence ends here. ", chunks.get(0).of(text));
  }

  @Test
  void cutsAWordWithNoSpacesAnywhere() {
    String text = "x".repeat(95);
    assertContiguous(text, TextChunks.of(text, 10), 10);
  }

  private static void assertContiguous(String text, List<Span> chunks, int max) {
    int at = 0;
    for (Span c : chunks) {
      assertEquals(at, c.start());
      assertTrue(c.length() <= max && c.length() > 0, c.toString());
      at = c.end();
    }
    assertEquals(text.length(), at);
  }
}
