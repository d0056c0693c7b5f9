package org.openprm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openprm.ApiTestSupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * Base for browser tests: the running application driven through the system's Chromium.
 * One browser per test class, a fresh browser context (cookies, session) per test.
 * Without Chromium a test is skipped on a developer machine but fails in CI, where a
 * skipped browser test would hide a broken user flow.
 */
public abstract class BrowserSupport extends ApiTestSupport {

	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	private static Playwright playwright;

	private static Browser browser;

	private final List<BrowserContext> contexts = new ArrayList<>();

	/** The page of this test's own browser context, in English at Playwright's desktop size (1280x720). */
	protected Page page;

	@RegisterExtension
	final AfterTestExecutionCallback screenshotOnFailure = context -> {
		if (context.getExecutionException().isPresent()) {
			for (int i = 0; i < contexts.size(); i++) {
				for (Page open : contexts.get(i).pages()) {
					Path file = Paths.get("target", "browser-failures",
							context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
									+ "-" + i + ".png");
					try {
						open.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
					}
					catch (PlaywrightException ex) {
						// The test's own failure is what matters; a page that cannot be captured adds nothing.
					}
				}
			}
		}
	};

	@BeforeAll
	static void launchBrowser() {
		if (!Files.isExecutable(CHROMIUM)) {
			String reason = "No Chromium at " + CHROMIUM + ": browser tests cannot run";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				Assertions.fail(reason);
			}
			Assumptions.abort(reason);
		}
		// The machine running the tests may be busy; a user-visible state may take longer than the default 5 s.
		PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
		playwright = Playwright.create();
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync")));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@BeforeEach
	void openPage() {
		page = newPage(new Browser.NewContextOptions());
	}

	@AfterEach
	void closeContexts() {
		contexts.forEach(BrowserContext::close);
		contexts.clear();
	}

	/**
	 * A page in a new, separate browser context (another person at another computer), in English; closed
	 * after the test.
	 */
	protected Page newPage(Browser.NewContextOptions options) {
		BrowserContext context = browser.newContext(options.setLocale("en-US"));
		contexts.add(context);
		return context.newPage();
	}

	/** The address of a page of the application, as a user's browser would reach it. */
	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Signs in through the login form and waits for the home page. */
	protected void signIn(Page page, String email, String password) {
		page.navigate(url("/login"));
		page.locator("#username").fill(email);
		page.locator("#password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
		assertThat(page).hasURL(url("/"));
	}

	/** Signs in with a demo login. */
	protected void signIn(Page page, String email) {
		signIn(page, email, PASSWORD);
	}

	/** A name no other test uses, so that tests sharing one database never see each other's records. */
	protected static String unique(String prefix) {
		return prefix + " " + suffix();
	}

	/** An e-mail address no other test uses. */
	protected static String uniqueEmail(String localPart) {
		return localPart + "-" + suffix() + "@browser.example";
	}

	/** A website domain no other test uses. */
	protected static String uniqueDomain(String label) {
		return label + "-" + suffix() + ".example";
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
