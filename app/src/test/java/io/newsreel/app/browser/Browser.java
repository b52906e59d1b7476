package io.newsreel.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import org.awaitility.Awaitility;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Debian Chromium driven through its own chromedriver. Both are named by path, so Selenium Manager never
 * runs (it would try to download a browser, and the network is closed). Screenshots cover the whole page.
 */
public final class Browser implements AutoCloseable {

    /** Set (to anything) where a missing browser must fail the build rather than skip the test, as in CI. */
    public static final String REQUIRE_ENV = "NEWSREEL_REQUIRE_BROWSER";

    private static final Path CHROMIUM = Path.of(System.getProperty("newsreel.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("newsreel.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path screenshots;

    private Browser(final ChromeDriver driver, final Path screenshots) {
        this.driver = driver;
        this.screenshots = screenshots;
    }

    /** Why no browser can be started here, or empty when Chromium and its driver are both installed. */
    public static Optional<String> unavailableBecause() {
        final List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add("Chromium (" + CHROMIUM + ")");
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            missing.add("chromedriver (" + CHROMEDRIVER + ")");
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(" and ", missing) + " not installed; on Debian: apt-get install chromium "
                + "chromium-driver (.ci/run does this)");
    }

    /** Starts a headless browser with a desktop viewport; screenshots go to {@code screenshots}. */
    public static Browser start(final Path screenshots) {
        final ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--window-size=1280,800", "--lang=en-US");
        final LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        final ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            Files.createDirectories(screenshots);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot create " + screenshots, e);
        }
        final Browser browser = new Browser(new ChromeDriver(service, options), screenshots);
        browser.viewport(1280, 800, false);
        return browser;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Waits until {@code condition} gives something other than null or false, and returns it. An explicit wait like
     * Selenium's {@code WebDriverWait} (which lives in selenium-support, not a dependency here): a missing or stale
     * element while the page is still rendering counts as "not yet".
     */
    public <T> T until(final String description, final Duration timeout, final Callable<T> condition) {
        return Awaitility.await(description)
                .atMost(timeout)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100))
                .ignoreExceptionsInstanceOf(WebDriverException.class)
                .until(condition, value -> value != null && !Boolean.FALSE.equals(value));
    }

    /** Emulates a viewport of exactly this size in CSS pixels; {@code phone} also emulates a touch device. */
    public void viewport(final int width, final int height, final boolean phone) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
    }

    /**
     * Saves the whole page (not only the viewport) as {@code name}.png and returns its path. The page is scrolled to
     * the top first, so that its sticky header is drawn where it belongs, and the pointer moved off any link.
     */
    public Path screenshot(final String name) {
        new Actions(driver).moveToLocation(0, 0).perform();
        driver.executeScript("window.scrollTo(0, 0);");
        final Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        final Map<String, Number> content = (Map<String, Number>) metrics.get("cssContentSize");
        final Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", content.get("width").doubleValue(),
                "height", content.get("height").doubleValue(), "scale", 1);
        final Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        final Path file = screenshots.resolve(name + ".png");
        try {
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return file;
    }

    /** Messages the page logged at error level (uncaught exceptions, failed requests) since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
