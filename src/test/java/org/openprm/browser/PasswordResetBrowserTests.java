package org.openprm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openprm.TestMailServer;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * "Forgot your password?" from the login page to signing in with the new password, through the real mail.
 */
class PasswordResetBrowserTests extends BrowserSupport {

	private static final Pattern RESET_PATH = Pattern.compile("(/password-reset/[A-Za-z0-9_\\-]+)");

	@Test
	void aUserWhoForgotThePasswordSetsANewOneFromTheMailedLinkAndTheOldOneStopsWorking() {
		String email = uniqueEmail("forgetful");
		String oldPassword = "the-first-password";
		String newPassword = "a-brand-new-password";
		activatedUser(email, "Fiona Forgetful", oldPassword);

		page.navigate(url("/login"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?")).click();
		assertThat(page).hasURL(url("/password-reset"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Reset your password");
		page.getByLabel("E-mail").fill(email);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send link")).click();

		assertThat(page).hasURL(Pattern.compile(".*/login\\?resetRequested$"));
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("If the address belongs to an active account, a link to reset the password is on its way.");

		String resetUrl = url(resetPathFromMailTo(email));
		page.navigate(resetUrl);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Choose a new password");
		assertThat(page.locator("main")).containsText("Choose a new password for " + email + ".");

		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(newPassword);
		page.getByLabel("Repeat the password").fill("not-the-same-password");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
		assertThat(page.locator("#confirmation")).hasClass(Pattern.compile("\\bis-invalid\\b"));
		assertThat(page.locator("#confirmation ~ .invalid-feedback")).isVisible();
		assertThat(page.locator("#confirmation ~ .invalid-feedback")).hasText("The two passwords are not the same.");
		assertThat(page.locator("#password")).not().hasClass(Pattern.compile("\\bis-invalid\\b"));

		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(newPassword);
		page.getByLabel("Repeat the password").fill(newPassword);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
		assertThat(page).hasURL(Pattern.compile(".*/login\\?passwordReset$"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your password is changed. You can sign in now.");

		signIn(page, email, newPassword);
		assertThat(page.locator("#nav")).containsText("Fiona Forgetful");

		Page elsewhere = newPage(new Browser.NewContextOptions());
		elsewhere.navigate(url("/login"));
		elsewhere.locator("#username").fill(email);
		elsewhere.locator("#password").fill(oldPassword);
		elsewhere.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
		assertThat(elsewhere).hasURL(Pattern.compile(".*/login\\?error$"));
		assertThat(elsewhere.getByRole(AriaRole.ALERT)).containsText("Wrong e-mail or password");

		elsewhere.navigate(resetUrl);
		assertThat(elsewhere.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("This reset link is not valid");
	}

	@Test
	void anUnknownAddressGetsTheSameConfirmationAsARegisteredOne() {
		page.navigate(url("/password-reset"));
		page.getByLabel("E-mail").fill(uniqueEmail("nobody"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send link")).click();

		assertThat(page).hasURL(Pattern.compile(".*/login\\?resetRequested$"));
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("If the address belongs to an active account, a link to reset the password is on its way.");
	}

	/** A fresh partner user, invited through the API, who activates the account in the browser. */
	private void activatedUser(String email, String displayName, String password) {
		String partnerId = newPartner(unique("Reset Partner"));
		Response invited = post("/api/v1/partners/" + partnerId + "/users", tokenFor(ADMIN),
				Map.of("email", email, "displayName", displayName, "role", "PARTNER_USER", "jobRole", "SALES"));
		assertThat(invited.status()).as(invited.body()).isEqualTo(201);
		Page invitee = newPage(new Browser.NewContextOptions());
		InvitationLinks.accept(invitee, url(TestMailServer.invitationPathFor(email)), displayName, password);
	}

	private static String resetPathFromMailTo(String email) {
		Matcher link = RESET_PATH.matcher(TestMailServer.awaitMailTo(email, "/password-reset/"));
		assertThat(link.find()).as("the mail carries a reset link").isTrue();
		return link.group(1);
	}
}
