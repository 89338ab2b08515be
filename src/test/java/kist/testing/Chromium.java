package kist.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium for browser tests: Debian's chromium and chromedriver, named by path so that
 * Selenium Manager never looks for (or downloads) a browser or driver. Where they are missing the
 * test is skipped with a message that says how to install them (CI turns such skips into failures).
 */
public final class Chromium {
    public static final Path BROWSER = Path.of(System.getProperty("kist.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("kist.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    public static boolean isInstalled() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    public static void assumeInstalled() {
        assumeTrue(isInstalled(),
                "browser tests need " + BROWSER + " and " + DRIVER
                        + "; on Debian or Ubuntu: sudo apt-get install chromium chromium-driver");
    }

    /** A fresh browser with its own profile in {@code profile}; quit it when done. */
    public static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                "--hide-scrollbars", "--force-color-profile=srgb", "--lang=nl",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
