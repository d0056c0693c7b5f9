package org.openprm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Deal registration through the portal: a partner registers a customer the vendor already has and is
 * told only that it may be claimed; the channel manager sees the conflict side by side and approves;
 * both keep the deal up to date until the partner wins it.
 */
class DealRegistrationBrowserTests extends BrowserSupport {

	@Test
	void partnerRegistersVendorReviewsConflictAndApprovesPartnerUpdatesAndWins() {
		String word = word();
		String domain = word.toLowerCase() + "-robotics.com";
		String externalId = "CRM-" + word;
		importAccount(externalId, word + " Robotics Holding Ltd", domain);
		String customer = word + " Robotics";

		signIn(page, ALICE);
		page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Deals").setExact(true)).click();
		page.locator("#register-deal").click();
		page.locator("[id='customer.country']").fill("US");
		page.locator("[id='customer.name']").pressSequentially(customer);
		page.locator("[id='customer.domain']").pressSequentially(domain);
		Locator notice = page.locator("#conflict-check");
		assertThat(notice).containsText("may already exist; the channel manager will review it");
		assertThat(notice).not().containsText("Holding");
		assertThat(notice).not().containsText(externalId);
		page.locator("[id='lines0.productCode']").selectOption("SW-24");
		page.locator("[id='lines0.quantity']").fill("5");
		page.locator("#submit-deal").click();

		assertThat(page).hasURL(Pattern.compile(".*/deals/[0-9a-f-]{36}$"));
		String dealUrl = page.url();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("registered and submitted");
		assertThat(page.locator("#deal-status")).hasText("Submitted");
		assertThat(page.locator("#conflict-review")).hasCount(0);
		assertThat(page.locator("main")).not().containsText(externalId);
		assertThat(page.locator("main")).not().containsText("Holding");
		assertThat(page.locator("#deal-actions")).not().containsText("Approve");

		Page vendor = newPage(new Browser.NewContextOptions());
		signIn(vendor, CAM);
		vendor.navigate(dealUrl);
		Locator review = vendor.locator("#conflict-table");
		assertThat(review).containsText(customer);
		assertThat(review).containsText(word + " Robotics Holding Ltd");
		assertThat(review).containsText(externalId);
		assertThat(review).containsText("Direct account");
		assertThat(review).containsText("same domain " + domain);
		assertThat(vendor.locator("[id='approve-protectionDays']")).hasValue("90");
		vendor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve").setExact(true)).click();
		assertThat(vendor.locator("#deal-status")).hasText("Approved");

		page.reload();
		assertThat(page.locator("#protected-until")).containsText("protected for 90 more days");
		page.locator("#update-form #stage").selectOption("NEGOTIATION");
		page.locator("#update-form #amount").fill("7500");
		page.locator("#save-update").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your changes are saved");
		assertThat(page.locator("#deal-stage")).hasText("Negotiation");
		assertThat(page.locator("#deal-amount")).hasText("7,500.00 EUR");
		page.locator("[id='comment-body']").fill("The customer signs next week.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add comment")).click();
		assertThat(page.locator("#comments")).containsText("The customer signs next week.");

		vendor.reload();
		Locator timeline = vendor.locator("#timeline");
		assertThat(timeline).containsText("Stage: QUALIFICATION");
		assertThat(timeline).containsText("NEGOTIATION");
		assertThat(timeline).containsText("Amount: 6000");
		assertThat(vendor.locator("#comments")).containsText("The customer signs next week.");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as won")).click();
		assertThat(page.locator("#deal-status")).hasText("Won");
		page.navigate(url("/deals?q=" + domain));
		assertThat(page.locator("#deal-table tbody tr")).hasCount(1);
		assertThat(page.locator("#deal-table tbody tr").first()).containsText("Won");
	}

	@Test
	void registerFormShowsErrorsNextToTheFieldsKeepsTheValuesAndSavesNothing() {
		String domain = word().toLowerCase() + "-errors.com";
		signIn(page, ALICE);
		page.navigate(url("/deals/new"));
		page.locator("[id='customer.domain']").fill(domain);
		page.locator("[id='customer.country']").fill("DE");
		page.locator("[id='customer.city']").fill("Bonn");
		page.locator("[id='lines0.productCode']").selectOption("RT-X");
		page.locator("[id='lines0.quantity']").fill("2");
		page.locator("#expectedCloseDate").fill(LocalDate.now().minusDays(3).toString());
		page.locator("#submit-deal").click();

		assertThat(page.locator("[id='customer.name']")).hasClass(Pattern.compile("\\bis-invalid\\b"));
		assertThat(page.locator("[id='customer.name'] ~ .invalid-feedback")).hasText("is required");
		assertThat(page.locator("#expectedCloseDate")).hasClass(Pattern.compile("\\bis-invalid\\b"));
		assertThat(page.locator("#expectedCloseDate ~ .invalid-feedback")).hasText("must not be in the past");
		assertThat(page.locator("[id='customer.domain']")).hasValue(domain);
		assertThat(page.locator("[id='customer.city']")).hasValue("Bonn");
		assertThat(page.locator("[id='lines0.productCode']")).hasValue("RT-X");
		assertThat(page.locator("[id='lines0.quantity']")).hasValue("2");
		assertThat(page.locator("[id='customer.domain']")).not().hasClass(Pattern.compile("\\bis-invalid\\b"));

		// The form offers one empty line beside the entered one; "add" asks for one more.
		assertThat(page.locator(".deal-line")).hasCount(2);
		page.locator("#add-line").click();
		assertThat(page.locator(".deal-line")).hasCount(3);
		assertThat(page.locator("[id='lines0.quantity']")).hasValue("2");
		assertThat(page.locator("[id='customer.name']")).not().hasClass(Pattern.compile("\\bis-invalid\\b"));

		assertThat(get("/api/v1/deal-registrations?q=" + domain, tokenFor(ALICE)).json().get("total").asLong())
			.as("nothing registered").isZero();
	}

	@Test
	void aDoubleClickOnSubmitRegistersOnce() {
		String domain = word().toLowerCase() + "-twice.com";
		signIn(page, ALICE);
		page.navigate(url("/deals/new"));
		page.locator("[id='customer.name']").fill("Twice " + domain);
		page.locator("[id='customer.domain']").fill(domain);
		page.locator("[id='customer.country']").fill("DE");
		page.locator("[id='lines0.productCode']").selectOption("SW-24");
		page.locator("[id='lines0.quantity']").fill("1");
		page.locator("#submit-deal").dblclick();

		assertThat(page).hasURL(Pattern.compile(".*/deals/[0-9a-f-]{36}$"));
		assertThat(get("/api/v1/deal-registrations?q=" + domain, tokenFor(ALICE)).json().get("total").asLong())
			.isEqualTo(1);
	}

	@Test
	void onAPhoneTheRegisterFormAndTheDealPageAreUsable() {
		Page phone = newPage(new Browser.NewContextOptions().setViewportSize(375, 740));
		String domain = word().toLowerCase() + "-phone.com";
		signIn(phone, ALICE);
		phone.navigate(url("/deals/new"));
		assertThat(phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("the form fits the phone's width").isEqualTo(true);
		phone.locator("[id='customer.name']").fill("Phone " + domain);
		phone.locator("[id='customer.domain']").fill(domain);
		phone.locator("[id='customer.country']").fill("DE");
		phone.locator("[id='lines0.productCode']").selectOption("SUP-1Y");
		phone.locator("[id='lines0.quantity']").fill("3");
		phone.locator("#submit-deal").scrollIntoViewIfNeeded();
		assertThat(phone.locator("#submit-deal")).isInViewport();
		phone.locator("#submit-deal").click();

		assertThat(phone).hasURL(Pattern.compile(".*/deals/[0-9a-f-]{36}$"));
		assertThat(phone.locator("#deal-status")).hasText("Submitted");
		assertThat(phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("the deal page fits the phone's width").isEqualTo(true);
		phone.locator("[id='comment-body']").fill("From my phone");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add comment")).click();
		assertThat(phone.locator("#comments")).containsText("From my phone");
	}

	/** A made-up word of letters only, so that no other test's customer resembles this one. */
	private static String word() {
		StringBuilder word = new StringBuilder();
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 9).toCharArray()) {
			word.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
		}
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private void importAccount(String externalId, String name, String domain) {
		String csv = "external_id,name,domain,country,city,postal_code,street,phone\n" + externalId + "," + name + ","
				+ domain + ",US,Boston,02110,1 Federal Street,\n";
		Response imported = send("POST", "/api/v1/accounts/import", tokenFor(ADMIN), csv, Map.of("Content-Type", "text/csv"));
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
	}
}
