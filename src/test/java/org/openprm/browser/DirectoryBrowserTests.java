package org.openprm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The partner directory as vendor staff use it: live search, the create form's validation, a phone screen.
 */
class DirectoryBrowserTests extends BrowserSupport {

	@Test
	void searchFiltersTheListWhileTypingWithoutLoadingANewPage() {
		signIn(page, ADMIN);
		page.navigate(url("/partners"));
		Locator table = page.locator("#partner-table");
		// A marker on the window survives htmx swaps but not a page load.
		page.evaluate("window.sameDocument = true");

		page.locator("#q").pressSequentially("Contoso");
		assertThat(table).containsText("Contoso Networks");
		assertThat(table).not().containsText("Northwind Systems");

		page.locator("#q").fill("Northwind");
		assertThat(table).containsText("Northwind Systems");
		assertThat(table).not().containsText("Contoso Networks");
		assertThat(page).hasURL(Pattern.compile(".*/partners\\?.*q=Northwind.*"));
		assertThat(page.evaluate("window.sameDocument")).isEqualTo(true);
	}

	@Test
	void createFormShowsErrorsNextToTheFieldsAndKeepsWhatWasEntered() {
		signIn(page, ADMIN);
		page.navigate(url("/partners/new"));
		page.locator("#legalName").fill("Kept Legal GmbH");
		page.locator("#type").selectOption("MSP");
		page.locator("#country").fill("D1");
		page.locator("#domains").fill("kept.example");
		page.locator("#tags").fill("kept-tag");
		page.locator("[id='addresses0.city']").fill("Bonn");
		page.locator("#partner-form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();

		assertThat(page.locator("#name")).hasClass(Pattern.compile("\\bis-invalid\\b"));
		assertThat(page.locator("#name ~ .invalid-feedback")).isVisible();
		assertThat(page.locator("#name ~ .invalid-feedback")).hasText("must not be blank");
		assertThat(page.locator("#country")).hasClass(Pattern.compile("\\bis-invalid\\b"));
		assertThat(page.locator("#country ~ .invalid-feedback"))
			.hasText("must be a two-letter ISO country code, such as DE or US");

		assertThat(page.locator("#legalName")).hasValue("Kept Legal GmbH");
		assertThat(page.locator("#legalName")).not().hasClass(Pattern.compile("\\bis-invalid\\b"));
		assertThat(page.locator("#type")).hasValue("MSP");
		assertThat(page.locator("#country")).hasValue("D1");
		assertThat(page.locator("#domains")).hasValue("kept.example");
		assertThat(page.locator("#tags")).hasValue("kept-tag");
		assertThat(page.locator("[id='addresses0.city']")).hasValue("Bonn");
	}

	@Test
	void onAPhoneTheNavigationFoldsIntoTheTogglerAndTheDirectoryStaysUsable() {
		Page phone = newPage(new Browser.NewContextOptions().setViewportSize(375, 740));
		signIn(phone, ADMIN);
		Locator partnersLink = phone.locator("#nav")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Partners").setExact(true));
		Locator toggler = phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toggle navigation"));

		assertThat(toggler).isVisible();
		assertThat(partnersLink).isHidden();
		toggler.click();
		assertThat(partnersLink).isVisible();
		assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
		partnersLink.click();

		assertThat(phone).hasURL(url("/partners"));
		assertThat(partnersLink).isHidden();
		phone.locator("#q").pressSequentially("Contoso");
		assertThat(phone.locator("#partner-table tbody tr")).hasCount(1);
		Locator contoso = phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contoso Networks"));
		assertThat(contoso).isInViewport();
		assertThat(phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("the page fits the phone's width without sideways scrolling").isEqualTo(true);
		contoso.click();
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Contoso Networks");
	}
}
