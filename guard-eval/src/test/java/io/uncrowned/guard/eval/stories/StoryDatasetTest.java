package io.uncrowned.guard.eval.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading both input forms, on synthetic snippets. */
class StoryDatasetTest {
  @TempDir Path dir;

  @Test
  void readsJsonLinesWithGoldAndOptionalDates() throws IOException {
    Path file = dir.resolve("s.jsonl");
    Files.writeString(file, """
        {"id":"a","title":"Synthetic: Porto charge","text":"Porto approved a charge.","published":"2024-04-01","gold":"porto"}

        {"id":"b","title":"Synthetic: Malaga water","text":"Malaga limits watering.","gold":"malaga"}
        """);
    List<StoryDoc> docs = StoryDataset.read(file);
    assertEquals(2, docs.size());
    assertEquals(Instant.parse("2024-04-01T00:00:00Z"), docs.get(0).published());
    assertNull(docs.get(1).published());
    assertEquals("malaga", docs.get(1).gold());
  }

  @Test
  void readsEcbPlusTokensAsSentencesWithoutThePageAddress() {
    String xml = """
        <Document doc_name="9_1ecbplus.xml">
        <token t_id="1" sentence="0" number="0">http</token><token t_id="2" sentence="0" number="1">:</token>
        <token t_id="3" sentence="0" number="2">/</token><token t_id="4" sentence="0" number="3">/</token>
        <token t_id="5" sentence="0" number="4">news</token><token t_id="6" sentence="0" number="5">.</token>
        <token t_id="7" sentence="0" number="6">example</token>
        <token t_id="8" sentence="1" number="0">Synthetic</token><token t_id="9" sentence="1" number="1">headline</token>
        <token t_id="10" sentence="2" number="0">It</token><token t_id="11" sentence="2" number="1">rained</token>
        <token t_id="12" sentence="2" number="2">,</token><token t_id="13" sentence="2" number="3">a</token>
        <token t_id="14" sentence="2" number="4">lot</token><token t_id="15" sentence="2" number="5">.</token>
        </Document>
        """;
    assertEquals(List.of("Synthetic headline", "It rained, a lot."), StoryDataset.sentences(xml));
  }
}
