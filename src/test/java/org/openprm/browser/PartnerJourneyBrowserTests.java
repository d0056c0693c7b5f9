package org.openprm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openprm.TestMailServer;
import org.openprm.identity.CurrentActor;
import org.openprm.recruitment.OnboardingPlans;
import org.openprm.recruitment.OnboardingTaskKind;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * The whole way in, as the people involved see it: a company applies on "Become a partner", a channel
 * manager approves it into a programme, the contact takes the invitation from the e-mail and chooses a
 * password, is held at the programme's agreement until it accepts, and then finds its onboarding
 * checklist under way and its tier with what it still needs for the next one.
 */
class PartnerJourneyBrowserTests extends BrowserSupport {

	@Autowired
	OnboardingPlans plans;

	@Test
	void aCompanyAppliesIsApprovedAcceptsTheAgreementAndSeesItsChecklistAndTier() {
		String programme = "Journey " + UUID.randomUUID().toString().substring(0, 8);
		programmeWithTermsPlanAndAgreement(programme);
		String company = unique("Journey Networks");
		String email = uniqueEmail("journey");
		String password = "a-journey-password";

		Page applicant = newPage(new Browser.NewContextOptions());
		apply(applicant, company, email);

		signIn(page, CAM);
		page.navigate(url("/applications"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(company)).click();
		page.locator("#tierId").selectOption(new SelectOption().setLabel(programme + ": Registered"));
		page.locator("#approve").click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The application was approved and the partner invited.");

		String mail = TestMailServer.awaitAnyMailTo(email, body -> body.contains("/invitations/"));
		Matcher link = Pattern.compile("(/invitations/[A-Za-z0-9_\\-]+)").matcher(mail);
		org.assertj.core.api.Assertions.assertThat(link.find()).as(mail).isTrue();
		Page partner = newPage(new Browser.NewContextOptions());
		InvitationLinks.accept(partner, url(link.group(1)), "Jo Journey", password);
		// Signing in lands on the agreement, not on the home page: the agreement gates the portal.
		partner.navigate(url("/login"));
		partner.locator("#username").fill(email);
		partner.locator("#password").fill(password);
		partner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();

		assertThat(partner).hasURL(Pattern.compile(".*/agreements$"));
		Locator agreement = partner.locator(".agreement").filter(new Locator.FilterOptions().setHasText(programme + " terms"));
		assertThat(agreement).containsText("These terms bind " + company + " as a member of " + programme);
		// The programme's terms and any agreement every partner signs: the task is done when none is pending.
		Locator pending = partner.locator(".agreement form");
		while (pending.count() > 0) {
			pending.first().locator("input[name='fullName']").fill("Jo Journey");
			pending.first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept")).click();
			assertThat(partner.getByRole(AriaRole.STATUS)).hasText("Thank you: the agreement is accepted.");
		}

		partner.navigate(url("/onboarding"));
		Locator acceptTask = partner.locator(".onboarding-task[data-kind='ACCEPT_AGREEMENT']");
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			partner.reload();
			return acceptTask.getAttribute("class").contains("task-done");
		});
		assertThat(partner.locator(".onboarding-task[data-kind='REGISTER_FIRST_DEAL']"))
			.hasClass(Pattern.compile(".*task-open.*"));
		assertThat(partner.locator(".progress-bar").first()).hasText("50%");

		partner.navigate(url("/my/tiers"));
		Locator card = partner.locator(".tier-status[data-program='" + programme + "']");
		assertThat(card.locator(".current-tier")).hasText("Registered");
		assertThat(card.locator(".next-tier")).hasText("3 more registered deals for Silver");
	}

	/** Registered and Silver (3 registered deals), a two-step onboarding plan and a gating agreement. */
	private void programmeWithTermsPlanAndAgreement(String name) {
		String programId = post("/api/v1/programs", tokenFor(ADMIN), Map.of("key", name.toLowerCase().replace(' ', '-'),
				"name", name)).json().get("id").asString();
		post("/api/v1/programs/" + programId + "/tiers", tokenFor(ADMIN), Map.of("key", "registered", "name", "Registered",
				"rank", 1));
		String silver = post("/api/v1/programs/" + programId + "/tiers", tokenFor(ADMIN), Map.of("key", "silver", "name",
				"Silver", "rank", 2)).json().get("id").asString();
		Response terms = put("/api/v1/programs/" + programId + "/tiers/" + silver + "/terms", tokenFor(ADMIN),
				Map.of("requirements", List.of(Map.of("metric", "REGISTERED_DEALS", "minimum", 3))));
		org.assertj.core.api.Assertions.assertThat(terms.status()).as(terms.body()).isEqualTo(200);
		CurrentActor.runAsSystem(() -> {
			plans.define(UUID.fromString(programId), List.of(
					new OnboardingPlans.Step(OnboardingTaskKind.ACCEPT_AGREEMENT, "Accept the partner agreement"),
					new OnboardingPlans.Step(OnboardingTaskKind.REGISTER_FIRST_DEAL, "Register your first deal")));
			return null;
		});
		Response template = post("/api/v1/agreement-templates", tokenFor(ADMIN), Map.of("kind", "journey-" + programId,
				"programId", programId, "gatesAccess", true, "title", name + " terms", "body",
				"These terms bind {{partnerName}} as a member of {{programName}} ({{tierName}})."));
		org.assertj.core.api.Assertions.assertThat(template.status()).as(template.body()).isEqualTo(201);
	}

	private void apply(Page applicant, String company, String email) {
		applicant.navigate(url("/apply"));
		applicant.getByLabel("Company name").fill(company);
		applicant.getByLabel("Website").fill("https://" + uniqueDomain("journey"));
		applicant.getByLabel("Country (ISO code)").fill("DE");
		applicant.getByLabel("Regions served (comma-separated)").fill("Bavaria");
		applicant.getByLabel("Partner type").selectOption("RESELLER");
		applicant.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Jo Journey");
		applicant.getByLabel("E-mail").fill(email);
		applicant.locator("input[name=consent]").check();
		applicant.locator("#submit-application").click();
		assertThat(applicant).hasURL(Pattern.compile(".*/apply/thanks$"));
	}
}
