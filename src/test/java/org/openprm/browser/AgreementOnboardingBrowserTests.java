package org.openprm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openprm.identity.CurrentActor;
import org.openprm.recruitment.OnboardingPlans;
import org.openprm.recruitment.OnboardingTaskKind;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A new partner's first steps: its admin signs in, is held on the agreements page by an agreement that
 * gates the portal, accepts by typing their name, and finds that task ticked on the onboarding checklist.
 */
class AgreementOnboardingBrowserTests extends BrowserSupport {

	@Autowired
	OnboardingPlans plans;

	@Test
	void aPartnerAdminIsSentToTheAgreementsAcceptsByTypingTheirNameAndSeesTheTaskTicked() {
		String programId = programmeWithPlan();
		String kind = "terms-" + UUID.randomUUID().toString().substring(0, 8);
		Response template = post("/api/v1/agreement-templates", tokenFor(ADMIN), Map.of("kind", kind, "programId", programId,
				"gatesAccess", true, "title", "Programme Terms " + kind, "body",
				"These terms bind {{partnerName}} as a member of {{programName}} ({{tierName}})."));
		org.assertj.core.api.Assertions.assertThat(template.status()).as(template.body()).isEqualTo(201);
		String partnerName = unique("Browser Onboarding");
		String partnerId = newPartner(partnerName);
		Person admin = newPerson(partnerId, "PARTNER_ADMIN");
		post("/api/v1/partners/" + partnerId + "/memberships", tokenFor(ADMIN), Map.of("programId", programId, "tierId",
				get("/api/v1/programs/" + programId, tokenFor(ADMIN)).json().get("tiers").get(0).get("id").asString()));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !get("/api/v1/partners/" + partnerId + "/onboarding", tokenFor(ADMIN)).json().isEmpty());

		page.navigate(url("/login"));
		page.locator("#username").fill(admin.email());
		page.locator("#password").fill(admin.password());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();

		assertThat(page).hasURL(Pattern.compile(".*/agreements$"));
		assertThat(page.locator("#agreements-gate")).isVisible();
		Locator terms = page.locator(".agreement").filter(new Locator.FilterOptions().setHasText("Programme Terms " + kind));
		assertThat(terms).containsText("These terms bind " + partnerName + " as a member of Programme ");
		terms.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept")).click();
		assertThat(page.locator(".invalid-feedback").first()).isVisible();
		acceptEveryPendingAgreement("Bea Browser");
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Thank you: the agreement is accepted.");

		page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Onboarding").setExact(true))
			.click();
		assertThat(page).hasURL(Pattern.compile(".*/onboarding$"));
		Locator acceptTask = page.locator(".onboarding-task[data-kind='ACCEPT_AGREEMENT']");
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			page.reload();
			return acceptTask.getAttribute("class").contains("task-done");
		});
		assertThat(acceptTask).containsText("Accept the terms");
		assertThat(page.locator(".onboarding-task[data-kind='CUSTOM']")).hasClass(Pattern.compile(".*task-open.*"));
		assertThat(page.locator(".progress-bar").first()).hasText("50%");

		page.navigate(url("/"));
		assertThat(page.locator("#home-onboarding .onboarding-task")).hasCount(2);
		assertThat(page.locator("#home-onboarding .onboarding-task[data-kind='ACCEPT_AGREEMENT']"))
			.hasClass(Pattern.compile(".*task-done.*"));
	}

	private void acceptEveryPendingAgreement(String name) {
		Locator forms = page.locator(".agreement form");
		while (forms.count() > 0) {
			Locator form = forms.first();
			form.locator("input[name='fullName']").fill(name);
			form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept")).click();
			page.waitForLoadState();
		}
	}

	private String programmeWithPlan() {
		String key = "browser-" + UUID.randomUUID().toString().substring(0, 8);
		String programId = post("/api/v1/programs", tokenFor(ADMIN), Map.of("key", key, "name", "Programme " + key)).json()
			.get("id").asString();
		post("/api/v1/programs/" + programId + "/tiers", tokenFor(ADMIN), Map.of("key", "registered", "name", "Registered",
				"rank", 1));
		CurrentActor.runAsSystem(() -> {
			plans.define(UUID.fromString(programId), List.of(
					new OnboardingPlans.Step(OnboardingTaskKind.ACCEPT_AGREEMENT, "Accept the terms"),
					new OnboardingPlans.Step(OnboardingTaskKind.CUSTOM, "Book a kick-off call")));
			return null;
		});
		return programId;
	}
}
