package no.veiviser.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser journey against the running application: one Chromium per test class, a fresh page
 * (and so a fresh session) per test. Screenshots go to {@code target/screenshots}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    private BrowserSession browser;
    protected Page page;

    @BeforeAll
    void startBrowser() {
        browser = BrowserSession.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void openPage() {
        page = browser.newPage();
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    protected void signIn(String username) {
        signIn(username, "demo");
    }

    protected void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Brukernavn").fill(username);
        page.getByLabel("Passord").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
        assertThat(page).hasURL(url("/"));
    }

    /** Nothing on the page is wider than a phone (390 px); the viewport goes back to desktop width after. */
    protected void assertFitsAPhone() {
        page.setViewportSize(390, 844);
        int overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
        org.assertj.core.api.Assertions.assertThat(overflow).as("horizontal overflow at 390 px on " + page.url()).isLessThanOrEqualTo(0);
        page.setViewportSize(1280, 800);
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
