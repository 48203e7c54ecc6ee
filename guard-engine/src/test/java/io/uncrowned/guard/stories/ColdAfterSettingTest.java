package io.uncrowned.guard.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.uncrowned.guard.pipeline.GuardSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stories.cold-after}: two months by default, any positive ISO-8601 duration when set. */
class ColdAfterSettingTest {
  @TempDir Path data;

  @Test
  void defaultsToAWeek() {
    assertEquals(Duration.ofDays(60), GuardSettings.defaultsFor(data).storiesColdAfter());
  }

  @Test
  void takesAnIsoDurationFromTheEnvironmentOrAFlag() {
    GuardSettings env = GuardSettings.load(Map.of("GUARD_STORIES_COLD_AFTER", "PT36H"),
        Map.of("data.dir", data.toString()));
    assertEquals(Duration.ofHours(36), env.storiesColdAfter());
    GuardSettings flag = GuardSettings.load(Map.of(), Map.of("data.dir", data.toString(), "stories.cold-after", "P30D"));
    assertEquals(Duration.ofDays(30), flag.storiesColdAfter());
  }

  @Test
  void refusesAGapThatIsNotAPositiveDuration() {
    for (String bad : new String[] {"7 days", "P0D", "-P1D"}) {
      assertThrows(IllegalArgumentException.class,
          () -> GuardSettings.load(Map.of(), Map.of("data.dir", data.toString(), "stories.cold-after", bad)));
    }
  }
}
