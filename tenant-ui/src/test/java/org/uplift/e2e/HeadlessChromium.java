package org.uplift.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium per test class, with a fresh profile, quit after the class. The Debian
 * binaries are used directly (so Selenium Manager never runs); {@code -De2e.chromium=...} and
 * {@code -De2e.chromedriver=...} point elsewhere. The browser asks for Chinese first, like the
 * platform's users. A failing test leaves a screenshot in {@code target/e2e-screenshots/}.
 */
public final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

    private final String name;
    private ChromeDriver driver;
    private Path profile;

    public HeadlessChromium() {
        this("");
    }

    /** A second (third…) browser of a class, its own person with its own cookies; {@code name} tells its files apart. */
    public HeadlessChromium(String name) {
        this.name = name.isEmpty() ? "" : "-" + name;
    }

    public WebDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("Chromium is started before all tests of a class");
        }
        return driver;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        profile = Files.createTempDirectory("uplift-e2e-chromium-");
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=zh-CN",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        // The console, to find Content-Security-Policy violations (checked after the class).
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** Forgets every cookie, so the next page is opened by a visitor without a session. */
    public void forgetSession() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver != null) {
            try {
                screenshot(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + name + "-failed");
                Files.writeString(SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + name + "-failed.html"),
                        driver.getCurrentUrl() + "\n" + driver.getPageSource());
            } catch (RuntimeException | IOException e) {
                cause.addSuppressed(e);
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                var console = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll()
                        .stream().map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
                Files.createDirectories(SCREENSHOTS);
                Files.write(SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName() + name + "-console.log"), console);
                var violations = console.stream().filter(line -> line.contains("Content Security Policy")).toList();
                driver.quit();
                if (!violations.isEmpty()) {
                    throw new AssertionError("The browser refused content under the Content-Security-Policy: "
                            + violations);
                }
            }
        } finally {
            driver = null;
            deleteRecursively(profile);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
