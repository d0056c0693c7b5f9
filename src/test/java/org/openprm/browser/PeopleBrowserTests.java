package org.openprm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openprm.TestMailServer;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A partner's people on its overview page: the partner admin invites, re-sends and deactivates; a partner
 * user only looks.
 */
class PeopleBrowserTests extends BrowserSupport {

	private static final String NORTHWIND = "Northwind Systems";

	@Test
	void aResentInvitationReplacesTheOldLinkAndTheColleagueJoinsWithTheNewOne() {
		String email = uniqueEmail("colleague");
		String name = unique("Colin Colleague");

		signIn(page, ALICE);
		openMyOrganisation(page);
		invite(email, name, "PARTNER_USER", "TECHNICAL");
		String firstLink = url(TestMailServer.invitationPathFor(email));

		personRow(page, email).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Resend invitation"))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("A new invitation is on its way; the old link no longer works.");
		assertThat(personRow(page, email)).containsText("Invited");
		page.waitForCondition(() -> !url(TestMailServer.invitationPathFor(email)).equals(firstLink));
		String secondLink = url(TestMailServer.invitationPathFor(email));

		Page colleague = newPage(new Browser.NewContextOptions());
		colleague.navigate(firstLink);
		assertThat(colleague.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("This invitation link is not valid");
		assertThat(colleague.locator("#password")).hasCount(0);

		InvitationLinks.accept(colleague, secondLink, name, "colleague-password");
		signIn(colleague, email, "colleague-password");

		page.reload();
		assertThat(personRow(page, email)).containsText("Active");
		assertThat(personRow(page, email).getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("Resend invitation"))).hasCount(0);
	}

	@Test
	void thePartnerAdminDeactivatesAnInvitedColleague() {
		String email = uniqueEmail("leaver");
		String name = unique("Lena Leaver");

		signIn(page, ALICE);
		openMyOrganisation(page);
		invite(email, name, "PARTNER_USER", "MARKETING");

		personRow(page, email).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Deactivate").setExact(true))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("The user is deactivated: signed out everywhere and API tokens revoked.");
		Locator row = personRow(page, email);
		assertThat(row.locator("td").nth(2)).hasText("Deactivated");
		assertThat(row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reactivate"))).isVisible();
		assertThat(row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Deactivate").setExact(true)))
			.hasCount(0);
		assertThat(row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Resend invitation")))
			.hasCount(0);

		Page invitee = newPage(new Browser.NewContextOptions());
		invitee.navigate(url(TestMailServer.invitationPathFor(email)));
		assertThat(invitee.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("This invitation link is not valid");
	}

	@Test
	void aPartnerUserSeesThePeopleButCannotInviteOrDeactivate() {
		Person user = newPerson(partnerId(NORTHWIND), "PARTNER_USER");

		signIn(page, user.email(), user.password());
		openMyOrganisation(page);

		Locator people = page.locator("#people-table");
		assertThat(people).isVisible();
		assertThat(personRow(page, ALICE)).containsText("Partner admin");
		assertThat(personRow(page, user.email())).containsText("Partner user");
		assertThat(personRow(page, user.email())).containsText("Active");
		assertThat(page.locator("#invite")).hasCount(0);
		assertThat(page.locator("#invite-email")).hasCount(0);
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation").setExact(true))).hasCount(0);
		assertThat(people.getByRole(AriaRole.BUTTON)).hasCount(0);
	}

	private void openMyOrganisation(Page page) {
		page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("My organisation").setExact(true))
			.click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(NORTHWIND);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("People").setExact(true)))
			.isVisible();
	}

	private void invite(String email, String name, String role, String jobRole) {
		page.locator("#invite-email").fill(email);
		page.locator("#invite-name").fill(name);
		page.locator("#invite-role").selectOption(role);
		page.locator("#invite-job").selectOption(jobRole);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation").setExact(true)).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The invitation is on its way.");
		Locator row = personRow(page, email);
		assertThat(row).containsText(name);
		assertThat(row.locator("td").nth(2)).hasText("Invited");
	}

	private static Locator personRow(Page page, String email) {
		return page.locator("#people-table tbody tr").filter(new Locator.FilterOptions().setHasText(email));
	}
}
