package org.openprm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;
import org.openprm.TestMailServer;

/**
 * "Forgot your password?": a one-time link by e-mail sets a new password; the old one stops working.
 */
class PasswordResetTests extends ApiTestSupport {

	@Test
	void aUserResetsAForgottenPasswordThroughTheLinkInTheMail() {
		String email = "reset-" + UUID.randomUUID() + "@northwind.example";
		activeUser(email, "first-password-1");

		BrowserSession visitor = BrowserSession.anonymous(baseUrl());
		BrowserSession.Page requested = visitor.submit("/password-reset", "/password-reset", Map.of("email", email));
		assertThat(requested.location()).endsWith("/login?resetRequested");

		String link = linkIn(TestMailServer.awaitMailTo(email, "/password-reset/"), "/password-reset/");
		BrowserSession.Page mismatch = visitor.submit(link, link,
				Map.of("password", "second-password-2", "confirmation", "something-else"));
		assertThat(mismatch.status()).isEqualTo(200);
		assertThat(mismatch.body()).contains("The two passwords are not the same.");

		BrowserSession.Page done = visitor.submit(link, link,
				Map.of("password", "second-password-2", "confirmation", "second-password-2"));
		assertThat(done.location()).endsWith("/login?passwordReset");

		assertThat(BrowserSession.signIn(baseUrl(), email, "second-password-2").get("/").status()).isEqualTo(200);
		assertThatThrownBy(() -> BrowserSession.signIn(baseUrl(), email, "first-password-1"))
			.hasMessageContaining("Sign-in failed");
		assertThat(visitor.get(link).body()).contains("This reset link is not valid");
	}

	@Test
	void anUnknownAddressGetsExactlyTheAnswerOfAKnownOne() {
		BrowserSession.Page unknown = BrowserSession.anonymous(baseUrl())
			.submit("/password-reset", "/password-reset", Map.of("email", "nobody-" + UUID.randomUUID() + "@example.com"));
		BrowserSession.Page known = BrowserSession.anonymous(baseUrl())
			.submit("/password-reset", "/password-reset", Map.of("email", CAM));
		assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(302);
		assertThat(unknown.location()).isEqualTo(known.location());
	}

	private void activeUser(String email, String password) {
		String northwind = partnerId("Northwind Systems");
		Response invited = post("/api/v1/partners/" + northwind + "/users", tokenFor(ADMIN),
				Map.of("email", email, "displayName", "Reset Tester", "role", "PARTNER_USER"));
		assertThat(invited.status()).isEqualTo(201);
		String invitation = TestMailServer.invitationPathFor(email);
		BrowserSession.Page accepted = BrowserSession.anonymous(baseUrl()).submit(invitation, invitation,
				Map.of("password", password, "confirmation", password));
		assertThat(accepted.location()).endsWith("/login?activated");
	}

	private static String linkIn(String mail, String prefix) {
		Matcher matcher = Pattern.compile("(" + Pattern.quote(prefix) + "[A-Za-z0-9_\\-]+)").matcher(mail);
		assertThat(matcher.find()).as("a link in the mail").isTrue();
		return matcher.group(1);
	}
}
