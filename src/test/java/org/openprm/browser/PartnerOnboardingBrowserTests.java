package org.openprm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openprm.TestMailServer;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The path of a new partner into the portal: the vendor registers it and invites its first admin, who
 * takes the link from the e-mail, chooses a password and from then on sees only its own organisation.
 */
class PartnerOnboardingBrowserTests extends BrowserSupport {

	private static final Pattern PARTNER_URL = Pattern.compile(".*/partners/([0-9a-f-]{36})$");

	@Test
	void vendorRegistersAPartnerWhoseInvitedAdminSeesOnlyItsOwnOrganisation() {
		String partnerName = unique("Onboarded Networks");
		String adminEmail = uniqueEmail("first-admin");
		String password = "a-good-long-password";

		signIn(page, ADMIN);
		String partnerId = registerPartner(partnerName);
		inviteFirstAdmin(adminEmail, "Olivia Onboarded");

		Page invitee = newPage(new Browser.NewContextOptions());
		invitee.navigate(url(TestMailServer.invitationPathFor(adminEmail)));
		assertThat(invitee.getByRole(AriaRole.HEADING)).hasText("Welcome, Olivia Onboarded");
		choosePasswordWithFieldErrorsFirst(invitee, password);

		signIn(invitee, adminEmail, password);
		assertThat(invitee.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Welcome, Olivia Onboarded");
		assertThat(invitee.locator("main")).containsText(partnerName);

		invitee.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
			.setName("Directory").setExact(true)).click();
		assertThat(invitee.locator("#partner-table tbody tr")).hasCount(1);
		assertThat(invitee.locator("#partner-table tbody tr")).containsText(partnerName);

		int status = invitee.navigate(url("/partners/" + partnerId("Northwind Systems"))).status();
		assertThat(status).isEqualTo(404);
		assertThat(invitee.locator("main"))
			.containsText("This page or record does not exist, or you do not have access to it.");
		assertThat(invitee.locator("body")).not().containsText("Northwind");
	}

	private String registerPartner(String name) {
		page.navigate(url("/partners"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New partner")).click();
		page.locator("#name").fill(name);
		page.locator("#country").fill("NL");
		page.locator("#domains").fill(uniqueDomain("onboarded"));
		page.locator("[id='addresses0.city']").fill("Utrecht");
		page.locator("[id='addresses0.country']").fill("NL");
		page.locator("#partner-form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
			.setName("Save")).click();

		assertThat(page).hasURL(PARTNER_URL);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The partner is created.");
		assertThat(page.locator("main")).containsText("Utrecht, NL");
		Matcher id = PARTNER_URL.matcher(page.url());
		assertThat(id.matches()).isTrue();
		return id.group(1);
	}

	private void inviteFirstAdmin(String email, String name) {
		page.locator("#invite-email").fill(email);
		page.locator("#invite-name").fill(name);
		page.locator("#invite-role").selectOption("PARTNER_ADMIN");
		page.locator("#invite-job").selectOption("EXECUTIVE");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation").setExact(true)).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The invitation is on its way.");
		Locator invited = page.locator("#people-table tbody tr").filter(new Locator.FilterOptions().setHasText(email));
		assertThat(invited).containsText("Partner admin");
		assertThat(invited).containsText("Invited");
	}

	private void choosePasswordWithFieldErrorsFirst(Page invitee, String password) {
		invitee.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("short");
		invitee.getByLabel("Repeat the password").fill("something else");
		invitee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password")).click();

		assertThat(invitee.locator("#password")).hasClass(Pattern.compile("\\bis-invalid\\b"));
		assertThat(invitee.locator("#password ~ .invalid-feedback")).isVisible();
		assertThat(invitee.locator("#password ~ .invalid-feedback")).containsText("must be 10 to 128 characters long");
		assertThat(invitee.locator("#confirmation ~ .invalid-feedback")).isVisible();
		assertThat(invitee.locator("#confirmation ~ .invalid-feedback")).hasText("The two passwords are not the same.");

		invitee.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
		invitee.getByLabel("Repeat the password").fill(password);
		invitee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password")).click();

		assertThat(invitee).hasURL(Pattern.compile(".*/login\\?activated$"));
		assertThat(invitee.getByRole(AriaRole.STATUS)).hasText("Your password is set. You can sign in now.");
	}
}
