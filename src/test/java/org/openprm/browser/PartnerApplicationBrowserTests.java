package org.openprm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openprm.TestMailServer;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A company applies on "Become a partner" without a login, a channel manager approves it on the review
 * page, and the contact person takes the invitation from the e-mail into the portal of its new partner.
 */
class PartnerApplicationBrowserTests extends BrowserSupport {

	@Test
	void anApplicantAppliesTheVendorApprovesAndTheInvitationArrives() {
		String company = unique("Applied Networks");
		String email = uniqueEmail("applicant");
		String password = "a-good-long-password";

		Page applicant = newPage(new Browser.NewContextOptions());
		apply(applicant, company, email);

		signIn(page, CAM);
		page.locator("#nav").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
			.setName("Recruitment")).click();
		page.locator("#nav").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
			.setName("Applications").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(company)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(company);
		assertThat(page.locator("#application-status")).hasText("In review");
		page.locator("#approve").click();
		assertThat(page.locator("#tierId")).hasClass(Pattern.compile("\\bis-invalid\\b"));
		page.locator("#tierId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		page.locator("#approve").click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The application was approved and the partner invited.");
		assertThat(page.locator("#application-status")).hasText("Approved");
		assertThat(page.locator("#new-partner")).hasText(company);
		assertThat(page.locator("#starting-tier")).not().isEmpty();

		String mail = TestMailServer.awaitAnyMailTo(email, body -> body.contains("/invitations/"));
		Matcher link = Pattern.compile("(/invitations/[A-Za-z0-9_\\-]+)").matcher(mail);
		assertThat(link.find()).isTrue();
		Page invitee = newPage(new Browser.NewContextOptions());
		InvitationLinks.accept(invitee, url(link.group(1)), "Pat Applicant", password);
		signIn(invitee, email, password);
		assertThat(invitee.locator("main")).containsText(company);
	}

	/** The form from the login page: a field error next to the consent box first, then the application. */
	private void apply(Page applicant, String company, String email) {
		applicant.navigate(url("/login"));
		applicant.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Become a partner")).click();
		assertThat(applicant.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Become a partner");
		applicant.getByLabel("Company name").fill(company);
		applicant.getByLabel("Website").fill("https://" + uniqueDomain("applied"));
		applicant.getByLabel("Country (ISO code)").fill("NL");
		applicant.getByLabel("Regions served (comma-separated)").fill("Benelux");
		applicant.getByLabel("Partner type").selectOption("RESELLER");
		applicant.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Pat Applicant");
		applicant.getByLabel("E-mail").fill(email);
		applicant.locator("#submit-application").click();

		assertThat(applicant.locator("input[name=consent]")).hasClass(Pattern.compile("\\bis-invalid\\b"));
		assertThat(applicant.locator(".form-check .invalid-feedback")).isVisible();
		assertThat(applicant.locator(".form-check .invalid-feedback"))
			.hasText("please agree so that we may process your application");
		assertThat(applicant.getByLabel("Company name")).hasValue(company);

		applicant.locator("input[name=consent]").check();
		applicant.locator("#submit-application").click();
		assertThat(applicant).hasURL(Pattern.compile(".*/apply/thanks$"));
		assertThat(applicant.locator("#thanks")).containsText("We received your application");
	}
}
