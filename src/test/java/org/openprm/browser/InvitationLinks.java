package org.openprm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * What an invitee does with the link from an invitation e-mail, shared by the browser tests that need a
 * freshly activated account.
 */
final class InvitationLinks {

	private InvitationLinks() {
	}

	/**
	 * Opens the invitation link, checks that it greets the invitee by name, chooses the password and waits for
	 * the login page that confirms the activation.
	 */
	static void accept(Page invitee, String invitationUrl, String displayName, String password) {
		invitee.navigate(invitationUrl);
		assertThat(invitee.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Welcome, " + displayName);
		invitee.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
		invitee.getByLabel("Repeat the password").fill(password);
		invitee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password")).click();
		assertThat(invitee).hasURL(Pattern.compile(".*/login\\?activated$"));
		assertThat(invitee.getByRole(AriaRole.STATUS)).hasText("Your password is set. You can sign in now.");
	}
}
