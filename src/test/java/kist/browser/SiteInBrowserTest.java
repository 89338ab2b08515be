package kist.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import kist.cli.Main;
import kist.testing.Chromium;
import kist.testing.StaticSiteServer;
import kist.testing.TestSite;

/**
 * The repository's own site in a real headless Chromium, served over HTTP as a static host
 * would serve it: search as the reader types, the header search box, the page without
 * JavaScript, the knowledge links of a post, and screenshots at phone and desktop width
 * (target/screenshots/) for a human to look at.
 */
class SiteInBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;

    private static StaticSiteServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void buildServeAndOpen() {
        if (!Chromium.isInstalled()) {
            return;
        }
        Path site = dir.resolve("site");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new String[] {"build", "--no-cache", "--source", ".", "--output", site.toString()},
                new PrintWriter(out), new PrintWriter(err), Map.of("SOURCE_DATE_EPOCH", "1893456000"));
        assertEquals(0, exit, err.toString());
        server = StaticSiteServer.start(site);
        browser = Chromium.start(dir.resolve("profile"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /**
     * Skipped test by test, not in @BeforeAll: surefire writes no {@code <skipped message>} for a
     * class skipped as a whole, and CI looks for that message to fail a run that skipped.
     */
    @BeforeEach
    void needsChromium() {
        Chromium.assumeInstalled();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void searchRanksAndHighlightsAsTheReaderTypes() {
        open("/zoeken/");
        WebElement input = browser.findElement(By.id("search-q"));
        assertTrue(browser.findElement(By.id("search-all")).isDisplayed(), "every post is listed before a search");

        typeQuery(input, "anker");
        List<WebElement> results = results();
        assertEquals("Het anker", titleOf(results.get(0)), "the post titled so, with the technique in its summary, comes first");
        assertTrue(titles(results).contains("Anker"), "the technique page is found too: " + titles(results));
        assertEquals("anker", results.get(0).findElement(By.cssSelector(".search-title mark")).getText());
        assertFalse(browser.findElement(By.id("search-all")).isDisplayed(), "the list of all posts gives way to the results");
        assertTrue(status().matches("\\d+ resultaten voor „anker”"), status());
        assertEquals("q=anker", URI.create(browser.getCurrentUrl()).getRawQuery(), "the query is in the address");

        typeQuery(input, "kaser");
        List<String> kaser = titles(results());
        assertTrue(kaser.subList(0, 2).containsAll(List.of("Käser", "SPIN en Käser")), "folded: kaser finds Käser: " + kaser);
        assertEquals("Käser", results().get(0).findElement(By.cssSelector("mark")).getText(), "the original letters are marked");

        typeQuery(input, "KÄSER spin");
        assertEquals("SPIN en Käser", titles(results()).get(0), "every word must match, and both are in this title");

        typeQuery(input, "anker zzzqqq");
        wait.until(d -> results().isEmpty() && status().startsWith("Niets gevonden"));

        typeQuery(input, "");
        wait.until(d -> d.findElement(By.id("search-all")).isDisplayed());
        assertEquals("", status());

        typeQuery(input, "picknick");
        results().get(0).findElement(By.cssSelector(".search-title a")).click();
        wait.until(ExpectedConditions.urlToBe(server.origin() + "/2007/10/de-picknickmand/"));
        assertEquals("De picknickmand", browser.findElement(By.cssSelector("main h1")).getText());
    }

    @Test
    void theHeaderSearchBoxLeadsToTheResults() {
        open("/");
        WebElement box = browser.findElement(By.cssSelector("header .site-search input[name=q]"));
        box.sendKeys("rapport", Keys.ENTER);

        wait.until(ExpectedConditions.urlContains("/zoeken/?q=rapport"));
        assertEquals("rapport", browser.findElement(By.id("search-q")).getAttribute("value"));
        assertEquals("Het rapport-blok", titleOf(results().get(0)));
    }

    @Test
    void indexDataIsShownAsTextNeverAsMarkup(@TempDir Path other) {
        TestSite.Run run = TestSite.write(other, """
                -- kist.yaml --
                title: Blog
                language: en
                -- content/posts/evil.md --
                ---
                title: "<img src=x onerror=\\"window.pwned=1\\"> & </script>"
                date: 2020-01-01
                summary: "<b>bold</b> onerror"
                techniques: ["<i>x</i>"]
                ---
                Body.
                """).build();
        assertEquals(0, run.exitCode(), run.err());
        try (StaticSiteServer evil = StaticSiteServer.start(run.output())) {
            browser.get(evil.origin() + "/search/?q=onerror");
            WebElement result = results().get(0);
            assertEquals("<img src=x onerror=\"window.pwned=1\"> & </script>", titleOf(result));
            assertEquals("<b>bold</b> onerror", result.findElement(By.className("search-summary")).getText());
            assertTrue(result.findElements(By.cssSelector("img, b, i, script")).isEmpty(), result.getAttribute("innerHTML"));
            assertNull(browser.executeScript("return window.pwned;"));
        }
    }

    @Test
    void withoutJavaScriptTheSearchPageStillLeadsEverywhere() {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open("/zoeken/?q=anker");
            WebElement fallback = browser.findElement(By.id("search-fallback"));
            assertTrue(fallback.isDisplayed());
            assertEquals(server.origin() + "/technieken/", fallback.findElement(By.tagName("a")).getAttribute("href"));
            assertEquals(5, browser.findElements(By.cssSelector("#search-all li a")).size(), "every post of the sample site");
            assertTrue(browser.findElements(By.cssSelector("#search-list > li")).isEmpty());
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void aPostLinksToItsTechniquesBacklinksAndSeries() {
        open("/2007/10/het-anker/");
        WebElement technique = browser.findElement(By.cssSelector("#techniques a"));
        assertEquals("Anker", technique.getText());
        technique.click();
        wait.until(ExpectedConditions.urlToBe(server.origin() + "/technieken/anker/"));
        assertEquals("Anker", browser.findElement(By.cssSelector("main h1")).getText());

        open("/2007/10/het-anker/");
        assertLandsOnItsPage(browser.findElement(By.cssSelector("#backlinks a")));

        open("/2007/10/het-anker/");
        WebElement part = browser.findElement(By.cssSelector("#series ol a"));
        assertEquals("Find your why and fly", part.getText());
        assertLandsOnItsPage(part);
        assertEquals("Find your why and fly", browser.findElement(By.cssSelector("main h1")).getText());
    }

    @Test
    void screenshotsAtPhoneAndDesktopWidth() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        for (int width : List.of(390, 1280)) {
            screenshot("home", "/", width);
            screenshot("post", "/2007/10/het-anker/", width);
            screenshot("search", "/zoeken/?q=anker", width);
        }
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private void screenshot(String name, String path, int width) throws IOException {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
        open(path);
        if (path.contains("?q=")) {
            results();
        }
        long pageWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertTrue(pageWidth <= width, name + " fits " + width + " px without sideways scrolling: " + pageWidth);
        long height = Math.min(6000, (Long) browser.executeScript("return document.documentElement.scrollHeight;"));
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Path file = SCREENSHOTS.resolve(name + "-" + width + ".png");
        Files.write(file, png);
        assertEquals(width, ImageIO.read(new ByteArrayInputStream(png)).getWidth(), file.toString());
    }

    private static void assertLandsOnItsPage(WebElement link) {
        String href = link.getAttribute("href");
        String title = link.getText();
        link.click();
        wait.until(ExpectedConditions.urlToBe(href));
        assertEquals(title, browser.findElement(By.cssSelector("main h1")).getText());
    }

    private static void open(String path) {
        browser.get(server.origin() + path);
    }

    /** Replaces the query as a reader would, and waits until the script has answered it. */
    private static void typeQuery(WebElement input, String query) {
        wait.until(d -> !d.findElement(By.id("search-fallback")).isDisplayed());
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!query.isEmpty()) {
            input.sendKeys(query);
        }
        wait.until(d -> query.isBlank() ? status().isEmpty() : status().contains(query.strip()));
    }

    /** The results once the index is loaded and the query answered (the status line says so). */
    private static List<WebElement> results() {
        wait.until(d -> !d.findElement(By.id("search-fallback")).isDisplayed());
        return browser.findElements(By.cssSelector("#search-list > li"));
    }

    private static String status() {
        return browser.findElement(By.id("search-status")).getText();
    }

    private static String titleOf(WebElement result) {
        return result.findElement(By.className("search-title")).getText();
    }

    private static List<String> titles(List<WebElement> results) {
        return results.stream().map(SiteInBrowserTest::titleOf).toList();
    }
}
