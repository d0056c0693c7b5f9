package org.openprm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A partner admin keeps the own organisation's profile up to date, and only that one.
 */
class PartnerProfileBrowserTests extends BrowserSupport {

	private static final Pattern OVERVIEW = Pattern.compile(".*/partners/[0-9a-f-]{36}$");

	@Test
	void partnerAdminAddsADomainAndSeesItOnTheOverview() {
		String domain = uniqueDomain("alice");
		signIn(page, ALICE);
		openMyOrganisation(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit profile")).click();
		String before = page.locator("#domains").inputValue();

		page.locator("#domains").fill(before + ", " + domain);
		save();

		assertThat(page).hasURL(OVERVIEW);
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your changes are saved.");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Northwind Systems");
		assertThat(domainsOnOverview()).containsText(domain);

		// Put the demo partner back as it was for the other tests of this run.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit profile")).click();
		page.locator("#domains").fill(before);
		save();
		assertThat(page).hasURL(OVERVIEW);
		assertThat(domainsOnOverview()).hasText(before);
	}

	@Test
	void anInvalidDomainIsShownNextToTheDomainsField() {
		signIn(page, ALICE);
		openMyOrganisation(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit profile")).click();

		page.locator("#domains").fill("northwind.example, not_a_domain");
		save();

		assertThat(page.locator("#domains")).hasClass(Pattern.compile("\\bis-invalid\\b"));
		assertThat(page.locator("#domains ~ .invalid-feedback")).isVisible();
		assertThat(page.locator("#domains ~ .invalid-feedback")).containsText("is not a valid domain name");
		assertThat(page.locator("#domains")).hasValue("northwind.example, not_a_domain");
		assertThat(page.locator("#name")).hasValue("Northwind Systems");
	}

	@Test
	void distributorSeesItsResellerButCannotEditIt() {
		signIn(page, DANA);
		openMyOrganisation(page);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit profile"))).isVisible();

		page.locator("#resellers").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Alpenland IT")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Alpenland IT");
		assertThat(page.locator("main")).containsText("Vienna");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit profile"))).hasCount(0);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit").setExact(true))).hasCount(0);
		assertThat(page.locator("#invite")).hasCount(0);

		int status = page.navigate(page.url() + "/profile").status();
		assertThat(status).isEqualTo(403);
		assertThat(page.locator("main")).containsText("Your role may not do this.");
		assertThat(page.locator("#profile-form")).hasCount(0);
	}

	private void openMyOrganisation(Page page) {
		page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("My organisation")).click();
		assertThat(page).hasURL(OVERVIEW);
	}

	private void save() {
		page.locator("#profile-form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
	}

	private Locator domainsOnOverview() {
		return page.locator("dt", new Page.LocatorOptions().setHasText("Website domains"))
			.locator("xpath=following-sibling::dd[1]");
	}
}
