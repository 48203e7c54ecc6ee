package io.uncrowned.guard.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuardSettingsTest {
  @TempDir Path data;

  @Test
  void defaultsFileBindsEverySetting() {
    GuardSettings s = GuardSettings.defaultsFor(data);
    assertEquals(data, s.dataDir());
    assertEquals(200, s.batchSize());
    assertEquals(0.6, s.nearDuplicateThreshold());
    assertEquals(Duration.ofSeconds(30), s.collect().readTimeout());
    assertFalse(s.collect().allowPrivateAddresses());
    assertTrue(s.threads() >= 1);
  }

  @Test
  void fileThenEnvironmentThenFlagsEachWin() throws IOException {
    Files.writeString(data.resolve("guard.properties"), "ingest.batch-size=50\ncollect.read-timeout=5s\n");
    Map<String, String> env = Map.of("GUARD_DATA_DIR", data.toString(), "GUARD_COLLECT_READ_TIMEOUT", "7s");
    GuardSettings fromFileAndEnv = GuardSettings.load(env, Map.of());
    assertEquals(50, fromFileAndEnv.batchSize());
    assertEquals(Duration.ofSeconds(7), fromFileAndEnv.collect().readTimeout());
    GuardSettings flags = GuardSettings.load(env, Map.of("collect.read-timeout", "250ms", "ingest.threads", "3"));
    assertEquals(Duration.ofMillis(250), flags.collect().readTimeout());
    assertEquals(3, flags.threads());
  }

  @Test
  void unknownKeysAndBadValuesAreRefusedByName() {
    var unknown = assertThrows(IllegalArgumentException.class,
        () -> GuardSettings.load(Map.of(), Map.of("data.dir", data.toString(), "ingest.thread", "2")));
    assertTrue(unknown.getMessage().contains("unknown setting 'ingest.thread'"), unknown.getMessage());
    var bad = assertThrows(IllegalArgumentException.class,
        () -> GuardSettings.load(Map.of(), Map.of("data.dir", data.toString(), "collect.read-timeout", "soon")));
    assertTrue(bad.getMessage().contains("collect.read-timeout"), bad.getMessage());
  }

  @Test
  void environmentNamesFollowTheKeys() {
    assertEquals("GUARD_COLLECT_ALLOW_PRIVATE_ADDRESSES", GuardSettings.environmentName("collect.allow-private-addresses"));
  }
}
