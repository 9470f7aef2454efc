package org.ccionetwork;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * The one Chromium (Debian's, driven by Playwright) that every browser test of a run shares: started by the
 * first test that asks, closed when the test JVM ends. Each test takes its own {@link BrowserContext}
 * (cookies, storage and viewport of its own) and closes it.
 */
public final class Chromium {

    private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;

    private Chromium() {
    }

    /** A fresh context (no cookies) in the shared browser; the test is skipped outside CI when Chromium is absent. */
    public static BrowserContext newContext() {
        return newContext(new Browser.NewContextOptions());
    }

    public static synchronized BrowserContext newContext(Browser.NewContextOptions options) {
        return browser().newContext(options);
    }

    /** The shared browser itself, for tests that need the DevTools protocol. */
    public static synchronized Browser browser() {
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(Files.isExecutable(EXECUTABLE), "Chromium is not installed; .ci/run installs it");
        }
        if (browser == null) {
            playwright = Playwright.create();
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run")));
            Runtime.getRuntime().addShutdownHook(new Thread(Chromium::close, "chromium-close"));
        }
        return browser;
    }

    private static synchronized void close() {
        if (browser != null) {
            browser.close();
            playwright.close();
            browser = null;
        }
    }
}
