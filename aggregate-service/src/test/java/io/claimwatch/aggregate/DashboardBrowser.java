package io.claimwatch.aggregate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, for the dashboard browser test.
 *
 * <p>Both executables are given explicitly ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}, overridable with
 * the system properties {@code claimwatch.chromium} and {@code claimwatch.chromedriver}), so Selenium Manager never
 * resolves or downloads a browser or driver. A missing executable fails with a message naming
 * {@code scripts/install-chromium.sh} rather than skipping the test. Each browser gets its own temporary profile
 * directory, deleted on close.
 */
final class DashboardBrowser implements AutoCloseable {

  private static final List<String> ARGUMENTS = List.of("--headless", "--no-sandbox", "--disable-gpu",
      "--disable-background-networking", "--disable-dev-shm-usage", "--no-first-run", "--disable-component-update",
      "--disable-sync", "--window-size=1440,1000");

  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final Path profile;

  private DashboardBrowser(ChromeDriverService service, ChromeDriver driver, Path profile) {
    this.service = service;
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts a headless Chromium; chromedriver's log goes to {@code logFile}. */
  static DashboardBrowser start(Path logFile) throws IOException {
    Path chromium = requireExecutable("claimwatch.chromium", "/usr/bin/chromium");
    Path chromedriver = requireExecutable("claimwatch.chromedriver", "/usr/bin/chromedriver");
    Files.createDirectories(logFile.getParent());
    Path profile = Files.createTempDirectory("claimwatch-chromium-");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.toFile())
        .usingAnyFreePort()
        .withLogFile(logFile.toFile())
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toString());
    options.addArguments(ARGUMENTS);
    options.addArguments("--user-data-dir=" + profile);
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    try {
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(10));
      return new DashboardBrowser(service, driver, profile);
    } catch (RuntimeException e) {
      service.stop();
      deleteTree(profile);
      throw e;
    }
  }

  private static Path requireExecutable(String property, String defaultPath) {
    Path path = Path.of(System.getProperty(property, defaultPath));
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException("The dashboard browser test needs Debian's Chromium and chromedriver, but "
          + path + " is missing or not executable: run scripts/install-chromium.sh (apt-get install chromium "
          + "chromium-driver) or set -D" + property + "=<path>");
    }
    return path;
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Browser console messages at or above {@code level} logged since the previous call. */
  List<String> consoleMessages(Level level) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= level.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Saves the whole page: the window is first made tall enough for the document (capped at 3000 px). */
  void screenshot(Path target) throws IOException {
    Files.createDirectories(target.getParent());
    Dimension window = driver.manage().window().getSize();
    long viewport = ((Number) driver.executeScript("return window.innerHeight;")).longValue();
    long document = ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).longValue();
    if (document > viewport) {
      int height = (int) Math.min(3000, window.getHeight() + document - viewport);
      driver.manage().window().setSize(new Dimension(window.getWidth(), height));
    }
    Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete the browser profile " + root, e);
    }
  }
}
