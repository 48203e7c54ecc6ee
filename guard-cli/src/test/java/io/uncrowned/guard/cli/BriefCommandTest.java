package io.uncrowned.guard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guard brief} on a synthetic plain-text brief written here, from the file and from the store. */
class BriefCommandTest {
  private static final String SYNTHETIC =
      String.join("\n\n",
          "Synthetic Harbour Desk",
          "Valletta ferry operator suspends night crossings after engine fault",
          "The Grand Harbour Ferry Company suspended all night crossings between Valletta and Sliema on Friday after"
              + " an engine fault stranded one of its vessels for two hours.",
          "The company said daytime crossings would continue only with its two newest boats, and that inspectors"
              + " from the maritime authority would examine the rest of the fleet next week.",
          "About three hundred commuters use the night service each evening, most of them hotel and restaurant"
              + " staff finishing late shifts in the capital.",
          "A spokesperson for the operator, Daniela Vella, said refunds would be paid automatically to season"
              + " ticket holders for every cancelled crossing.",
          "Local councillors asked the operator to run a replacement bus until the night crossings resume.");

  @TempDir Path dir;

  @Test
  void briefsAFileAndTheSameArticleFromTheStore() throws IOException {
    Path file = dir.resolve("ferry.txt");
    Files.writeString(file, SYNTHETIC, StandardCharsets.UTF_8);
    Cli fromFile = Cli.run("brief", "--data", dir.resolve("data").toString(), file.toString());
    assertEquals(0, fromFile.exitCode(), fromFile.err());
    assertTrue(fromFile.out().contains("TL;DR ("), fromFile.out());
    assertTrue(fromFile.out().contains("Grand Harbour Ferry Company"), fromFile.out());

    Path data = dir.resolve("data");
    Cli ingest = Cli.run("ingest", "--no-progress", "--no-understand", "--data", data.toString(), file.toString());
    assertEquals(0, ingest.exitCode(), ingest.err());
    Matcher id = Pattern.compile("\\b[0-9a-f]{16}\\b").matcher(fromFile.out());
    assertTrue(id.find());
    Cli fromStore = Cli.run("brief", "--json", "--data", data.toString(), id.group());
    assertEquals(0, fromStore.exitCode(), fromStore.err());
    assertTrue(fromStore.out().startsWith("{\"id\":\"" + id.group() + "\""), fromStore.out());
    assertTrue(fromStore.out().contains("\"tldr\":[{\"text\":"), fromStore.out());
  }

  @Test
  void anUnknownIdIsAnError() {
    Cli r = Cli.run("brief", "--data", dir.resolve("empty").toString(), "0123456789abcdef");
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("no such article"), r.err());
  }
}
