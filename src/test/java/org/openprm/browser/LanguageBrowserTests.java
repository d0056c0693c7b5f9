package org.openprm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.TestMailServer;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * OpenPRM speaks English and German: on the login page by choice, after sign-in by the user's own setting.
 */
class LanguageBrowserTests extends BrowserSupport {

	@Test
	void loginPageOffersGerman() {
		page.navigate(url("/login?lang=de"));

		assertThat(page.locator("html")).hasAttribute("lang", "de");
		assertThat(page.getByRole(AriaRole.HEADING)).hasText("Bei OpenPRM anmelden");
		assertThat(page.getByLabel("Passwort")).isVisible();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden"))).isVisible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
		assertThat(page.getByRole(AriaRole.HEADING)).hasText("Sign in to OpenPRM");
	}

	@Test
	void userChoosesGermanInSettingsAndKeepsItAtTheNextSignIn() {
		String email = uniqueEmail("sprache");
		String password = "ein-gutes-passwort";
		activatedUser(email, "Greta Sprache", password);

		signIn(page, email, password);
		assertThat(navigation()).containsText("Sign out");
		navigation().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Greta Sprache")).click();
		page.getByLabel("Language").selectOption("de");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Ihre Sprache ist gespeichert.");
		assertGermanNavigation();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("You are signed out.");
		signIn(page, email, password);
		assertGermanNavigation();

		navigation().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Greta Sprache")).click();
		page.getByLabel("Sprache").selectOption("en");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your language is saved.");
		assertThat(navigation()).containsText("Sign out");
		assertThat(navigation()).not().containsText("Abmelden");
	}

	private Locator navigation() {
		return page.getByRole(AriaRole.NAVIGATION);
	}

	private void assertGermanNavigation() {
		assertThat(page.locator("html")).hasAttribute("lang", "de");
		assertThat(navigation().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Start"))).isVisible();
		assertThat(navigation().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Abmelden"))).isVisible();
		assertThat(navigation()).not().containsText("Sign out");
	}

	/** A user of a new partner who has accepted the invitation: the demo logins keep their language. */
	private void activatedUser(String email, String name, String password) {
		Response partner = post("/api/v1/partners", tokenFor(ADMIN),
				Map.of("name", unique("Sprachschule"), "type", "RESELLER", "country", "AT"));
		assertThat(partner.status()).isEqualTo(201);
		Response invited = post("/api/v1/partners/" + partner.json().get("id").asString() + "/users", tokenFor(ADMIN),
				Map.of("email", email, "displayName", name, "role", "PARTNER_USER"));
		assertThat(invited.status()).isEqualTo(201);

		Page invitation = page.context().newPage();
		invitation.navigate(url(TestMailServer.invitationPathFor(email)));
		invitation.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
		invitation.getByLabel("Repeat the password").fill(password);
		invitation.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password")).click();
		assertThat(invitation.getByRole(AriaRole.STATUS)).hasText("Your password is set. You can sign in now.");
		invitation.close();
	}
}
