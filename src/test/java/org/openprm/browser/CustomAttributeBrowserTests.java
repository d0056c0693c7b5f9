package org.openprm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Vendor admins define the custom fields of partner profiles: a choice attribute, its validation, a renamed
 * label, and the select it becomes on the partner form.
 */
class CustomAttributeBrowserTests extends BrowserSupport {

	private static final Pattern INVALID = Pattern.compile("\\bis-invalid\\b");

	@Test
	void aChoiceAttributeIsDefinedRenamedAndOfferedAsASelectOnThePartnerForm() {
		String key = uniqueKey("tier");
		String label = unique("Support tier");
		String renamed = unique("Service level");

		signIn(page, ADMIN);
		openAttributes();
		page.locator("#key").fill(key);
		page.locator("#label").fill(label);
		page.locator("#type").selectOption("CHOICE");
		page.locator("#choices").fill("Gold\nSilver\nBronze");
		save();

		assertThat(page).hasURL(url("/admin/attributes"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The attribute is defined.");
		Locator row = attributeRow(key);
		assertThat(row.locator("td")).hasText(new String[] { label, key, "Choice", "no", "Gold, Silver, Bronze", "Edit" });

		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit")).click();
		assertThat(page).hasURL(Pattern.compile(".*/admin/attributes/[0-9a-f-]{36}$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Edit attribute " + label);
		assertThat(page.locator("main")).containsText(key);
		assertThat(page.locator("#label")).hasValue(label);
		assertThat(page.locator("#choices")).hasValue("Gold\nSilver\nBronze");
		page.locator("#label").fill(renamed);
		save();

		assertThat(page).hasURL(url("/admin/attributes"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The attribute is saved.");
		assertThat(attributeRow(key).locator("td").first()).hasText(renamed);
		assertThat(page.locator("main table")).not().containsText(label);

		page.navigate(url("/partners/new"));
		Locator select = page.getByLabel(renamed, new Page.GetByLabelOptions().setExact(true));
		assertThat(select).hasAttribute("id", "attr-" + key);
		assertThat(select).hasJSProperty("tagName", "SELECT");
		assertThat(select.locator("option")).hasText(new String[] { "–", "Gold", "Silver", "Bronze" });

		String partnerName = unique("Tiered Partner");
		page.locator("#name").fill(partnerName);
		page.locator("#country").fill("DE");
		page.locator("#domains").fill(uniqueDomain("tiered"));
		page.locator("[id='addresses0.city']").fill("Kassel");
		page.locator("[id='addresses0.country']").fill("DE");
		select.selectOption("Silver");
		save();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(partnerName);
		Locator value = page.locator("dt").filter(new Locator.FilterOptions().setHasText(renamed))
			.locator("xpath=following-sibling::dd[1]");
		assertThat(value).hasText("Silver");
	}

	@Test
	void aChoiceAttributeWithoutChoicesShowsTheErrorNextToTheChoicesAndKeepsTheInput() {
		String key = uniqueKey("segment");
		String label = unique("Segment");

		signIn(page, ADMIN);
		openAttributes();
		page.locator("#key").fill(key);
		page.locator("#label").fill(label);
		page.locator("#type").selectOption("CHOICE");
		save();

		assertThat(page.locator("#choices")).hasClass(INVALID);
		assertThat(page.locator("#choices ~ .invalid-feedback")).isVisible();
		assertThat(page.locator("#choices ~ .invalid-feedback")).hasText("a choice attribute needs at least one choice");
		assertThat(page.locator("#key")).hasValue(key);
		assertThat(page.locator("#label")).hasValue(label);
		assertThat(page.locator("#type")).hasValue("CHOICE");
		assertThat(page.locator("#key")).not().hasClass(INVALID);
		assertThat(page.locator("main table")).not().containsText(key);
	}

	private void openAttributes() {
		page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Attributes").setExact(true))
			.click();
		assertThat(page).hasURL(url("/admin/attributes"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Custom attributes");
	}

	private void save() {
		page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save").setExact(true))
			.click();
	}

	private Locator attributeRow(String key) {
		return page.locator("main table tbody tr")
			.filter(new Locator.FilterOptions().setHas(page.locator("code", new Page.LocatorOptions().setHasText(key))));
	}

	/** An attribute key (lower case, digits and _) no other test uses. */
	private static String uniqueKey(String prefix) {
		return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}
}
