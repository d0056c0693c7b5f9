package org.openprm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openprm.TestMailServer;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The vendor team page: a vendor admin invites a colleague, who joins through the mailed link and works
 * as vendor staff; a channel manager sees the team but cannot invite.
 */
class VendorTeamBrowserTests extends BrowserSupport {

	@Test
	void anInvalidEmailShowsAnErrorNextToTheEmailFieldAndKeepsTheName() {
		signIn(page, ADMIN);
		openTeamFromTheNavigation(page);
		page.locator("#email").fill("not-an-address");
		page.locator("#displayName").fill("Ivan Invalid");
		page.locator("#role").selectOption("CHANNEL_MANAGER");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation").setExact(true)).click();

		assertThat(page.locator("#email")).hasClass(Pattern.compile("\\bis-invalid\\b"));
		assertThat(page.locator("#email ~ .invalid-feedback")).isVisible();
		assertThat(page.locator("#email ~ .invalid-feedback")).hasText("must be a well-formed email address");
		assertThat(page.locator("#email")).hasValue("not-an-address");
		assertThat(page.locator("#displayName")).hasValue("Ivan Invalid");
		assertThat(page.locator("#displayName")).not().hasClass(Pattern.compile("\\bis-invalid\\b"));
		assertThat(page.locator("#staff-table")).not().containsText("Ivan Invalid");
	}

	@Test
	void anInvitedChannelManagerJoinsFromTheMailSeesTheVendorNavigationButNoInviteForm() {
		String email = uniqueEmail("new-cam");
		String name = unique("Carla Channel");
		String password = "channel-manager-password";

		signIn(page, ADMIN);
		openTeamFromTheNavigation(page);
		page.locator("#email").fill(email);
		page.locator("#displayName").fill(name);
		page.locator("#role").selectOption("CHANNEL_MANAGER");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation").setExact(true)).click();

		assertThat(page).hasURL(url("/staff"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The invitation is on its way.");
		Locator row = staffRow(page, email);
		assertThat(row).containsText(name);
		assertThat(row).containsText("Channel manager");
		assertThat(row).containsText("Invited");

		Page colleague = newPage(new Browser.NewContextOptions());
		InvitationLinks.accept(colleague, url(TestMailServer.invitationPathFor(email)), name, password);
		signIn(colleague, email, password);

		Locator nav = colleague.locator("#nav");
		assertThat(navLink(colleague, "Partners")).isVisible();
		assertThat(navLink(colleague, "Team")).isVisible();
		assertThat(navLink(colleague, "Attributes")).hasCount(0);
		assertThat(navLink(colleague, "My organisation")).hasCount(0);
		assertThat(nav).containsText(name);

		navLink(colleague, "Partners").click();
		assertThat(colleague).hasURL(url("/partners"));
		assertThat(colleague.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Partners");
		assertThat(colleague.locator("#directory-export")).isVisible();
		colleague.locator("#q").fill("Northwind");
		assertThat(colleague.locator("#partner-table")).containsText("Northwind Systems");
		assertThat(colleague.locator("#partner-table")).not().containsText("Contoso Networks");

		navLink(colleague, "Team").click();
		assertThat(colleague).hasURL(url("/staff"));
		assertThat(colleague.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Vendor team");
		assertThat(staffRow(colleague, ADMIN)).containsText("Vendor admin");
		assertThat(staffRow(colleague, email)).containsText("Active");
		assertThat(colleague.getByText("Invite a colleague")).hasCount(0);
		assertThat(colleague.locator("#email")).hasCount(0);
		assertThat(colleague.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation").setExact(true)))
			.hasCount(0);
		assertThat(colleague.locator("#staff-table").getByRole(AriaRole.BUTTON)).hasCount(0);

		page.reload();
		assertThat(staffRow(page, email)).containsText("Active");
	}

	private void openTeamFromTheNavigation(Page page) {
		navLink(page, "Team").click();
		assertThat(page).hasURL(url("/staff"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Vendor team");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Invite a colleague")))
			.isVisible();
	}

	private static Locator navLink(Page page, String name) {
		return page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator staffRow(Page page, String email) {
		return page.locator("#staff-table tbody tr").filter(new Locator.FilterOptions().setHasText(email));
	}
}
