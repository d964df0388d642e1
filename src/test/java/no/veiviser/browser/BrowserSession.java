package no.veiviser.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Playwright driving the system Chromium ({@code /usr/bin/chromium}); Playwright downloads no browser.
 * Where no Chromium is installed the browser tests are skipped with a message, except on CI, where a
 * missing browser fails the build.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /** Flags for a closed network: no background traffic, no sandbox as root. */
    private static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    private BrowserSession(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static BrowserSession start() {
        boolean available = Files.isExecutable(CHROMIUM);
        if (!available && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must run the browser tests, but " + CHROMIUM + " is missing");
        }
        assumeTrue(available, "Browser tests skipped: no Chromium at " + CHROMIUM + " (apt-get install chromium)");
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(CHROMIUM_FLAGS));
        return new BrowserSession(playwright, browser);
    }

    Page newPage() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("nb-NO")).newPage();
    }

    /** Fails with the list of rules when axe finds a serious or critical violation on the page. */
    static void assertNoSeriousAccessibilityViolations(Page page) {
        assertThat(seriousAccessibilityViolations(page)).as("axe violations on " + page.url()).isEmpty();
    }

    /** The serious and critical axe findings on the page, one line per rule with where it was found. */
    static List<String> seriousAccessibilityViolations(Page page) {
        List<Rule> violations = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze()
                .getViolations();
        return violations.stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .toList();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
