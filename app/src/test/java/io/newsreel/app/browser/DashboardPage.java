package io.newsreel.app.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard as a test sees it: its pages and the {@code data-testid} hooks they carry. Every lookup waits
 * explicitly for the page to render what is asked for.
 */
public final class DashboardPage {

    private static final Duration RENDER = Duration.ofSeconds(20);
    private static final String READ_ENTRIES = """
            return [...document.querySelectorAll('[data-testid=timeline-entry]')].map(e => ({
              id: e.dataset.entryId, kind: e.dataset.kind, isNew: e.dataset.new === 'true',
              title: e.querySelector('[data-testid=entry-title]').textContent}));""";

    /**
     * One entry as the timeline shows it.
     *
     * @param id the entry id
     * @param kind ARTICLE, RELEASE or EPISODE
     * @param title the headline shown
     * @param isNew whether it is flagged as just arrived
     */
    public record Entry(String id, String kind, String title, boolean isNew) {
    }

    private final Browser browser;
    private final ChromeDriver driver;
    private final String baseUrl;

    public DashboardPage(final Browser browser, final String baseUrl) {
        this.browser = browser;
        this.driver = browser.driver();
        this.baseUrl = baseUrl;
    }

    public void openHome() {
        driver.get(baseUrl + "/#/");
    }

    /** The home page's card of a show, once listed. */
    public WebElement showCard(final String showId) {
        return element(By.cssSelector("[data-testid=show-card][data-show-id='" + showId + "']"));
    }

    /** Follows the show's link on its home card and waits for the show page to load. */
    public void openShowFromHome(final String showId, final String name) {
        showCard(showId).findElement(byTestId("show-link")).click();
        waitForText(byTestId("show-title"), name, RENDER);
    }

    /** The entries of the timeline on screen, once at least {@code atLeast} are shown. */
    public List<Entry> entries(final int atLeast) {
        return browser.until("at least " + atLeast + " timeline entries", RENDER, () -> {
            final List<Entry> entries = readEntries();
            return entries.size() >= atLeast ? entries : null;
        });
    }

    /** The entry with this title, waiting up to {@code timeout} for it to appear. */
    public Entry entryTitled(final String title, final Duration timeout) {
        return browser.until("timeline entry '" + title + "'", timeout, () ->
                readEntries().stream().filter(entry -> entry.title().equals(title)).findFirst().orElse(null));
    }

    /** The rendered element of an entry. */
    public WebElement entryElement(final String entryId) {
        return element(By.cssSelector("[data-testid=timeline-entry][data-entry-id='" + entryId + "']"));
    }

    /** Clicks a filter control by its test id, e.g. {@code filter-kind-article}. */
    public void click(final String testId) {
        element(byTestId(testId)).click();
    }

    /** Follows the first link to this person on the page and waits for their page. */
    public void openPerson(final String personId, final String name) {
        element(By.cssSelector("[data-testid=person-link][data-person-id='" + personId + "']")).click();
        waitForText(byTestId("person-name"), name, RENDER);
    }

    /** The text of the element with this test id, once rendered. */
    public String text(final String testId) {
        return element(byTestId(testId)).getText();
    }

    /** Waits until the element with this test id carries {@code attribute=value}. */
    public void waitForAttribute(final String testId, final String attribute, final String value,
                                 final Duration timeout) {
        browser.until(testId + " " + attribute + "=" + value, timeout, () -> value.equals(
                driver.findElement(byTestId(testId)).getDomAttribute(attribute)));
    }

    /** Waits until the element with this test id holds {@code text} (it may hold more, and may be hidden). */
    public void waitForText(final String testId, final String text, final Duration timeout) {
        waitForText(byTestId(testId), text, timeout);
    }

    private void waitForText(final By by, final String text, final Duration timeout) {
        browser.until("'" + text + "' in " + by, timeout, () ->
                driver.findElement(by).getDomProperty("textContent").contains(text));
    }

    /** The texts of all elements with this test id. */
    public List<String> texts(final String testId) {
        return driver.findElements(byTestId(testId)).stream()
                .map(WebElement::getText).toList();
    }

    /** Marks the loaded document, so that a test can tell later that no reload happened. */
    public void markDocument() {
        ((JavascriptExecutor) driver).executeScript("window.newsreelTestMark = 'still-here';");
    }

    public boolean isSameDocument() {
        return "still-here".equals(((JavascriptExecutor) driver).executeScript("return window.newsreelTestMark;"));
    }

    /** The first displayed element {@code by} finds, once rendered. */
    private WebElement element(final By by) {
        return browser.until(by.toString(), RENDER, () -> driver.findElements(by).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private static By byTestId(final String testId) {
        return By.cssSelector("[data-testid='" + testId + "']");
    }

    @SuppressWarnings("unchecked")
    private List<Entry> readEntries() {
        final List<Map<String, Object>> rows =
                (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript(READ_ENTRIES);
        return rows.stream().map(row -> new Entry((String) row.get("id"), (String) row.get("kind"),
                        (String) row.get("title"), Boolean.TRUE.equals(row.get("isNew"))))
                .toList();
    }

    /** The entry with this kind whose title starts with {@code prefix}, if shown. */
    public Optional<Entry> entry(final String kind, final String prefix) {
        return readEntries().stream()
                .filter(entry -> entry.kind().equals(kind) && entry.title().startsWith(prefix))
                .findFirst();
    }
}
