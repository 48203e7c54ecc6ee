package io.uncrowned.guard.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): search →
 * article → story → map, the hostile article, the keyboard and a phone-sized window, with a screenshot of
 * each step under {@code guard-server/target/screenshots/}. Skips when Chromium or its driver is absent.
 * The articles go through the understanding layer when the shared GeoNames files are there, so that the
 * map has markers; without them the map is checked for its outlines only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {
  private static final Path CHROMIUM = Path.of(System.getProperty("guard.chromium", "/usr/bin/chromium"));
  private static final Path DRIVER = Path.of(System.getProperty("guard.chromedriver", "/usr/bin/chromedriver"));
  private static final Path SHOTS = Path.of(System.getProperty("guard.screenshots", "target/screenshots"));

  private WebKit kit;
  private SyntheticStages stages;
  private ChromeDriver browser;

  @BeforeAll
  void start(@TempDir Path dir) throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "Chromium or chromedriver not installed");
    Files.createDirectories(SHOTS);
    kit = WebKit.start(dir, true, (engine, web) -> {
      stages = new SyntheticStages(engine);
      return stages.connect(web);
    });
    browser = start(true);
  }

  /** A headless Chromium through the system's chromedriver (no driver download), with or without scripts. */
  private static ChromeDriver start(boolean javaScript) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1280,900", "--lang=en-GB");
    if (!javaScript) {
      options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (kit != null) {
      kit.close();
    }
  }

  @Test
  void searchThenArticleThenStoryThenMap() {
    browser.get(kit.base() + "/");
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("congestion charge first month", Keys.ENTER);
    waitFor(By.cssSelector(".hit h3 a"));
    assertTrue(browser.findElement(By.id("results-heading")).getText().matches("\\d+ articles.*|1 article"));
    assertEquals("js", browser.findElement(By.tagName("html")).getDomAttribute("class"), "scripts run here");
    assertFalse(browser.findElements(By.cssSelector(".hit .snippet b")).isEmpty(), "highlighted snippet");
    shot("01-search");

    browser.findElement(By.cssSelector(".hit h3 a")).click();
    waitFor(By.cssSelector("article.article h1"));
    assertTrue(browser.findElement(By.cssSelector(".tldr")).getText().startsWith("TL;DR:"));
    assertFalse(browser.findElements(By.cssSelector(".article-body h2")).isEmpty(), "sections");
    if (kit.understood) {
      assertFalse(browser.findElements(By.cssSelector(".article-body a.mention")).isEmpty(), "mentions highlighted");
    }
    shot("02-article");

    browser.findElement(By.cssSelector("a.story-link")).click();
    waitFor(By.id("story-title"));
    assertEquals(SyntheticStages.STORY_TITLE, browser.findElement(By.id("story-title")).getText());
    assertEquals(stages.members().size(), browser.findElements(By.cssSelector(".timeline-list li")).size());
    WebElement storyMap = waitFor(By.cssSelector("#map[data-markers]"));
    if (kit.understood) {
      assertTrue(Integer.parseInt(storyMap.getAttribute("data-markers")) > 0, "the story page's own map has markers");
    }
    shot("03-story");

    browser.findElement(By.cssSelector("a.map-link")).click();
    WebElement map = waitFor(By.cssSelector("#map[data-markers]"));
    assertTrue(browser.findElements(By.cssSelector("#map.leaflet-container")).size() == 1, "Leaflet drew the map");
    if (!map.getAttribute("data-outlines").isEmpty()) {
      new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> countries() > 100);
    }
    int markers = Integer.parseInt(map.getAttribute("data-markers"));
    if (kit.understood) {
      assertTrue(markers > 0, "markers for the story's places");
      assertEquals(markers, browser.findElements(By.cssSelector(".places-table tbody tr")).size());
    }
    assertTrue(browser.findElement(By.cssSelector(".leaflet-control-attribution")).getText().contains("GeoNames"));
    shot("04-map");
    assertNoCspViolations();
  }

  @Test
  void hostileArticleRunsNothing() {
    browser.get(kit.base() + "/?q=Zephyrine");
    waitFor(By.cssSelector(".hit h3 a")).click();
    waitFor(By.cssSelector("article.article h1"));
    // Each injected script would set the title to "pwned-…"; the page's own title starts with the headline.
    assertTrue(browser.getTitle().startsWith("Zephyrine council <script>"), browser.getTitle());
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    assertTrue(browser.findElement(By.cssSelector("article.article h1")).getText().contains("<script>"));
    Object scripts = ((JavascriptExecutor) browser).executeScript(
        "return Array.from(document.scripts).filter(s => !s.src.includes('/assets/')).length");
    assertEquals(0L, scripts);
    shot("05-hostile-article");
    assertNoCspViolations();
  }

  @Test
  void searchAndArticlesReadWithoutJavaScript() {
    ChromeDriver noScript = start(false);
    try {
      noScript.get(kit.base() + "/");
      noScript.findElement(By.id("q")).sendKeys("Kraków rental", Keys.ENTER);
      new WebDriverWait(noScript, Duration.ofSeconds(15))
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit h3 a"))).click();
      new WebDriverWait(noScript, Duration.ofSeconds(15))
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".article-body p")));
      assertFalse(noScript.findElement(By.cssSelector(".article-body")).getText().isBlank());
      assertFalse(noScript.findElement(By.tagName("html")).getDomAttribute("class") != null
          && noScript.findElement(By.tagName("html")).getDomAttribute("class").contains("js"), "scripts are off");
      shot(noScript, "08-no-javascript-article");
    } finally {
      noScript.quit();
    }
  }

  @Test
  void keyboardReachesTheSkipLinkAndTheSearchBox() {
    browser.get(kit.base() + "/?q=Porto");
    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    assertEquals("skip", activeElement().getAttribute("class"));
    activeElement().sendKeys(Keys.ENTER);
    assertEquals("main", activeElement().getAttribute("id"));
    browser.findElement(By.tagName("body")).sendKeys("/");
    assertEquals("q", activeElement().getAttribute("id"), "the '/' shortcut focuses the search box");
    shot("06-keyboard");
  }

  @Test
  void phoneWidthHasNoSidewaysScrolling() {
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      for (String path : List.of("/?q=congestion+charge", "/articles/" + stages.first().value(), "/policies?asOf=2025-03-10")) {
        browser.get(kit.base() + path);
        Object overflow = ((JavascriptExecutor) browser).executeScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(((Number) overflow).longValue() <= 0, path + " overflows by " + overflow + "px");
        shot("07-phone" + path.replaceAll("[^a-z0-9]+", "-").replaceAll("-$", ""));
      }
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  private long countries() {
    return ((Number) ((JavascriptExecutor) browser).executeScript(
        "return document.querySelectorAll('#map .leaflet-overlay-pane path').length")).longValue();
  }

  private WebElement activeElement() {
    return browser.switchTo().activeElement();
  }

  private WebElement waitFor(By by) {
    return new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
  }

  /**
   * Chromium reports a blocked inline script or style as a console error naming the policy. A probe message
   * first shows that the console is being read at all, so that an empty log cannot pass for a clean one.
   */
  private void assertNoCspViolations() {
    ((JavascriptExecutor) browser).executeScript("console.error('guard-log-probe')");
    List<LogEntry> entries = browser.manage().logs().get(LogType.BROWSER).getAll();
    assertTrue(entries.stream().anyMatch(e -> e.getMessage().contains("guard-log-probe")), "console not read");
    for (LogEntry e : entries) {
      assertFalse(e.getMessage().contains("Content Security Policy"), e.getMessage());
    }
  }

  private void shot(String name) {
    shot(browser, name);
  }

  private static void shot(TakesScreenshot driver, String name) {
    File png = driver.getScreenshotAs(OutputType.FILE);
    try {
      Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
