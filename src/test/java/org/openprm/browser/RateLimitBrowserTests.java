package org.openprm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openprm.RateLimitedApplication;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Someone trying password after password in the login form is stopped by the rate limit and told how
 * long to wait; even the right password does not get through until then.
 */
@RateLimitedApplication
class RateLimitBrowserTests extends BrowserSupport {

	@Test
	void theLoginPageSaysHowLongToWaitAfterTooManyAttempts() {
		// Another client behind the trusted proxy than any other test (see RateLimitedApplication).
		Page browser = newPage(new Browser.NewContextOptions().setExtraHTTPHeaders(Map.of("X-Forwarded-For", "203.0.113.40")));
		for (int i = 0; i < 3; i++) {
			attempt(browser, "guess-" + i + "@nowhere.example", "wrong-password-" + i);
			assertThat(browser).hasURL(Pattern.compile(".*/login\\?error$"));
		}

		attempt(browser, ALICE, PASSWORD);

		assertThat(browser.getByRole(AriaRole.ALERT)).hasText(
				Pattern.compile("Too many sign-in attempts from your network\\. Please wait \\d+ minutes, then try again\\."));
		assertThat(browser.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Sign in to OpenPRM");
		browser.navigate(url("/"));
		assertThat(browser).hasURL(url("/login"));
	}

	private void attempt(Page browser, String email, String password) {
		browser.navigate(url("/login"));
		browser.locator("#username").fill(email);
		browser.locator("#password").fill(password);
		browser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
	}
}
