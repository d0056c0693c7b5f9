package org.openprm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Vendor staff give a programme its own onboarding plan in the portal: a step without a title is
 * refused next to the field, the plan as entered is kept, and the saved plan is what the API reports.
 */
class OnboardingPlanBrowserTests extends BrowserSupport {

	@Test
	void aProgrammeGetsItsOwnPlanWithAStepAddedInThePortal() {
		String name = "Plan " + UUID.randomUUID().toString().substring(0, 8);
		String programId = post("/api/v1/programs", tokenFor(ADMIN), Map.of("key", name.toLowerCase().replace(' ', '-'),
				"name", name)).json().get("id").asString();

		signIn(page, ADMIN);
		page.navigate(url("/onboarding"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit onboarding plans")).click();
		page.locator("#plan-programme").selectOption(programId);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
		assertThat(page).hasURL(Pattern.compile(".*/onboarding/plans\\?programId=" + programId));
		int before = page.locator(".plan-step").count();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add step")).click();
		Locator added = page.locator(".plan-step").nth(before);
		added.locator("select").selectOption("CUSTOM");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

		Locator title = page.locator(".plan-step").nth(before).locator("input[type=text]");
		assertThat(title).hasClass(Pattern.compile("\\bis-invalid\\b"));
		assertThat(page.locator(".plan-step")).hasCount(before + 1);
		title.fill("Book the kick-off call");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The onboarding plan is saved.");
		assertThat(page.locator(".plan-step").nth(before).locator("input[type=text]")).hasValue("Book the kick-off call");
		org.assertj.core.api.Assertions.assertThat(get("/api/v1/onboarding/plans/" + programId, tokenFor(ADMIN)).body())
			.contains("Book the kick-off call").contains("CUSTOM");
		org.assertj.core.api.Assertions.assertThat(get("/api/v1/onboarding/plan", tokenFor(ADMIN)).body())
			.doesNotContain("Book the kick-off call");
	}

	@Test
	void partnersFindNoPlanEditor() {
		signIn(page, ALICE);

		org.assertj.core.api.Assertions.assertThat(page.navigate(url("/onboarding/plans")).status()).isEqualTo(404);
	}
}
