package org.openprm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

/**
 * Vendor staff build a segment in the editor, watch the live count while they type, save it and see
 * its members; a value that makes no sense is reported next to the condition it belongs to.
 */
class SegmentBrowserTests extends BrowserSupport {

	@Test
	void aSegmentIsBuiltWithALivePreviewAndListsItsMembersOnceSaved() {
		String tag = unique("dach").toLowerCase();
		String german = member(tag, "DE");
		member(tag, "FR");
		String name = unique("Tagged in Germany");

		signIn(page, ADMIN);
		page.navigate(url("/segments/new"));
		page.locator("#name").fill(name);
		page.locator("[id='groups0.conditions0.field']").selectOption("TAG");
		Locator tagValues = page.locator("[id='groups0.conditions0.text']");
		assertThat(tagValues).hasAttribute("placeholder", "cloud, security");
		tagValues.fill(tag);
		assertThat(page.locator("#preview-count")).hasText("2 partners match right now");

		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Add condition")).click();
		page.locator("[id='groups0.conditions1.text']").fill("de");
		assertThat(page.locator("#preview-count")).hasText("1 partner matches right now");
		assertThat(page.locator("#segment-preview")).containsText(german);

		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Save")).click();

		assertThat(page).hasURL(Pattern.compile(".*/segments/[0-9a-f-]{36}$"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The segment was saved.");
		assertThat(page.locator("#segment-members tbody tr")).hasCount(1);
		assertThat(page.locator("#segment-members tbody")).containsText(german);
		page.navigate(url("/segments"));
		assertThat(page.locator("#segment-list")).containsText(name);
	}

	@Test
	void aValueThatMakesNoSenseIsShownNextToItsConditionAndTheRuleIsKept() {
		signIn(page, ADMIN);
		page.navigate(url("/segments/new"));
		String name = unique("Misspelt");
		page.locator("#name").fill(name);
		page.locator("[id='groups0.conditions0.text']").fill("Germany");
		assertThat(page.locator("#segment-preview")).containsText("Complete the conditions");

		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Save")).click();

		Locator values = page.locator("[id='groups0.conditions0.text']");
		assertThat(values).hasClass(Pattern.compile("\\bis-invalid\\b"));
		assertThat(values).hasValue("Germany");
		assertThat(page.locator(".condition .invalid-feedback")).hasText("holds a value that is not valid here");
		assertThat(page.locator("#name")).hasValue(name);
	}

	private String member(String tag, String country) {
		Map<String, Object> body = partnerBody(unique("Segment Member"));
		body.put("country", country);
		body.put("tags", List.of(tag));
		Response created = post("/api/v1/partners", tokenFor(ADMIN), body);
		org.assertj.core.api.Assertions.assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("name").asString();
	}
}
