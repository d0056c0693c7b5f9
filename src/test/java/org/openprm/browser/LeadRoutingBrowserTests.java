package org.openprm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * Lead routing through the portal: vendor staff enter a lead, it lands in the inbox of the nearest
 * partner able to take it; that partner declines, the lead appears at the next partner, which accepts
 * it and converts it into a deal registration.
 */
class LeadRoutingBrowserTests extends BrowserSupport {

	@Test
	void aLeadEnteredByTheVendorIsDeclinedByTheFirstPartnerAndConvertedByTheNext() {
		String capability = "cap" + UUID.randomUUID().toString().substring(0, 8);
		Person first = newPerson(activePartner("Spree Systems", capability, 52.45, 13.35), "PARTNER_ADMIN");
		Person second = newPerson(activePartner("Isar Solutions", capability, 48.14, 11.58), "PARTNER_ADMIN");
		String company = "Browser Lead " + UUID.randomUUID().toString().substring(0, 6);

		Page vendor = newPage(new Browser.NewContextOptions());
		signIn(vendor, CAM);
		vendor.navigate(url("/leads"));
		vendor.locator("#new-lead").click();
		vendor.locator("#company").fill(company);
		vendor.locator("#contactName").fill("Kim Buyer");
		vendor.locator("#email").fill("kim@browserlead.example");
		vendor.locator("#phone").fill("+49 30 555");
		vendor.locator("#country").fill("DE");
		vendor.locator("#postalCode").fill("10117");
		vendor.locator("#latitude").fill("52.52");
		vendor.locator("#longitude").fill("13.405");
		vendor.locator("#productInterest").fill(capability);
		vendor.locator("#source").fill("referral");
		vendor.locator("#estimatedValue").fill("25000");
		vendor.locator("#save-lead").click();
		assertThat(vendor).hasURL(Pattern.compile(".*/leads/[0-9a-f-]{36}$"));
		assertThat(vendor.locator("#lead-partner")).containsText("Spree Systems");

		signIn(page, first.email(), first.password());
		page.navigate(url("/leads"));
		page.locator("#offered-leads").getByText(company).click();
		page.locator("#decline-reason").fill("Outside our focus");
		page.locator("#decline-lead").click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("next partner");
		assertThat(page.locator("main")).not().containsText(company);

		Page next = newPage(new Browser.NewContextOptions());
		signIn(next, second.email(), second.password());
		next.navigate(url("/"));
		assertThat(next.locator("#count-new")).hasText("1");
		next.navigate(url("/leads"));
		next.locator("#offered-leads").getByText(company).click();
		next.locator("#accept-lead").click();
		assertThat(next.locator("#lead-status")).hasText("Accepted");
		next.locator("#convert-lead").click();
		assertThat(next.locator("#lead-status")).hasText("Converted");
		next.locator("#lead-deal").click();
		assertThat(next).hasURL(Pattern.compile(".*/deals/[0-9a-f-]{36}$"));
		assertThat(next.locator("main")).containsText(company);

		vendor.reload();
		assertThat(vendor.locator("#lead-history")).containsText("DECLINED: Outside our focus");
		assertThat(vendor.locator("#lead-history")).containsText("Isar Solutions");
	}

	private String activePartner(String name, String capability, double latitude, double longitude) {
		Map<String, Object> body = partnerBody(unique(name));
		body.put("tags", List.of(capability));
		body.put("addresses", List.of(Map.of("label", "HQ", "city", "City", "country", "DE", "street", "Street 1",
				"latitude", latitude, "longitude", longitude)));
		String id = post("/api/v1/partners", tokenFor(ADMIN), body).json().get("id").asString();
		post("/api/v1/partners/" + id + "/status", tokenFor(ADMIN), Map.of("status", "ACTIVE", "reason", "test"));
		return id;
	}
}
