package kist.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import kist.testing.Chromium;

/** An open page in a real headless Chromium reloads by itself when a save changed the site. */
class LiveReloadInBrowserTest {
    @TempDir
    Path dir;

    @Test
    void anOpenPageReloadsAfterAnEditAndShowsAndClearsTheErrorPanel() {
        Chromium.assumeInstalled();
        try (Serving serving = Serving.start(dir.resolve("site"), ServeTest.SITE)) {
            ChromeDriver browser = Chromium.start(dir.resolve("profile"));
            try {
                WebDriverWait wait = new WebDriverWait(browser, Serving.PATIENCE);
                browser.get(serving.origin() + ServeTest.FIRST_URL);
                assertTrue(browser.findElement(By.tagName("main")).getText().contains("Hello from the first post."));
                browser.executeScript("window.kistMarker = 'loaded before the edit';");

                serving.write(ServeTest.FIRST, ServeTest.post("Reloaded by itself."));
                wait.until(d -> d.findElement(By.tagName("main")).getText().contains("Reloaded by itself."));
                assertNull(browser.executeScript("return window.kistMarker;"), "the page was loaded anew");

                browser.executeScript("window.kistMarker = 'loaded before the error';");
                serving.write(ServeTest.FIRST, "---\ntitle: First\ndate: 2020-01-01\n---\nSee [[Nowhere]].\n");
                wait.until(d -> !d.findElements(By.id(PageDecoration.PANEL_ID)).isEmpty());
                assertTrue(browser.findElement(By.id(PageDecoration.PANEL_ID)).getText().contains("content/posts/first.md:5:"));
                assertTrue(browser.findElement(By.tagName("main")).getText().contains("Reloaded by itself."),
                        "the last good page stays under the panel");

                serving.write(ServeTest.FIRST, ServeTest.post("Fixed again."));
                wait.until(d -> d.findElement(By.tagName("main")).getText().contains("Fixed again."));
                assertEquals(0, browser.findElements(By.id(PageDecoration.PANEL_ID)).size());
            } finally {
                browser.quit();
            }
        }
    }
}
