package org.openprm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

/**
 * The whole MDF loop in the portal: a partner proposes an activity, the vendor approves part of it, the
 * partner claims with proof files, the vendor approves part of the claim and records the payment; the
 * partner's balance is right at each step.
 */
class FundsBrowserTests extends BrowserSupport {

	@Test
	void requestApproveClaimWithFilesApproveAndPayWithThePartnersBalanceRightAtEachStep() {
		String fund = unique("Webinar MDF");
		Response created = post("/api/v1/funds", tokenFor(ADMIN), Map.of("name", fund, "periodStart",
				LocalDate.now().minusDays(10).toString(), "periodEnd", LocalDate.now().plusDays(200).toString(), "currency", "EUR",
				"amount", 5000, "partnerId", partnerId("Northwind Systems")));
		org.assertj.core.api.Assertions.assertThat(created.status()).as(created.body()).isEqualTo(201);
		String title = unique("Cloud webinar");

		signIn(page, ALICE);
		page.navigate(url("/funds"));
		assertBalance(page, fund, "5000.00", "0.00", "0.00", "0.00");
		page.locator("#fundId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(fund));
		page.locator("#activityType").selectOption("Webinar");
		page.locator("#theme").selectOption("Cloud");
		page.locator("#title").fill(title);
		page.locator("#startsOn").fill(LocalDate.now().plusDays(5).toString());
		page.locator("#endsOn").fill(LocalDate.now().plusDays(5).toString());
		page.locator("#requestedAmount").fill("1200");
		page.locator("#submit-request").click();
		assertThat(page).hasURL(Pattern.compile(".*/funds/requests/[0-9a-f-]{36}$"));
		String requestUrl = page.url();
		assertThat(page.locator("#request-status")).hasText("Submitted");

		Page vendor = newPage(new Browser.NewContextOptions());
		signIn(vendor, CAM);
		vendor.navigate(url("/funds"));
		assertThat(vendor.locator("#dashboard")).containsText(title);
		vendor.navigate(requestUrl);
		vendor.locator("#approvedAmount").fill("1000");
		vendor.locator("#approve-request").click();
		assertThat(vendor.locator("#request-status")).hasText("Approved");

		page.navigate(url("/funds"));
		assertBalance(page, fund, "4000.00", "1000.00", "0.00", "0.00");

		page.navigate(requestUrl);
		page.locator("#amount").fill("900");
		page.locator("#invoiceNumber").fill("INV-" + unique("w").replace(' ', '-'));
		page.locator("#files").setInputFiles(new FilePayload[] {
				new FilePayload("invoice.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)),
				new FilePayload("attendees.csv", "text/csv", "name,company\nAnn,Acme\n".getBytes(StandardCharsets.UTF_8)) });
		page.locator("#submit-claim").click();
		Locator claim = page.locator("[data-claim]");
		assertThat(claim.locator(".claim-status")).hasText("Submitted");
		assertThat(claim).containsText("invoice.pdf");
		assertThat(claim).containsText("attendees.csv");

		vendor.reload();
		vendor.locator("[data-claim] input[name=approvedAmount]").fill("800");
		vendor.locator("[data-claim] .approve-claim").click();
		assertThat(vendor.locator("[data-claim] .claim-status")).hasText("Approved");
		page.navigate(url("/funds"));
		assertBalance(page, fund, "4000.00", "200.00", "800.00", "0.00");

		vendor.locator("[data-claim] input[name=reference]").fill("PAY-777");
		vendor.locator("[data-claim] .pay-claim").click();
		assertThat(vendor.locator("[data-claim] .claim-status")).hasText("Paid");
		page.navigate(url("/funds"));
		assertBalance(page, fund, "4000.00", "200.00", "0.00", "800.00");
	}

	private static void assertBalance(Page page, String fund, String available, String reserved, String claimed, String paid) {
		Locator row = page.locator("#balances tr[data-fund='" + fund + "']");
		assertThat(row).hasAttribute("data-available", available);
		assertThat(row).hasAttribute("data-reserved", reserved);
		assertThat(row).hasAttribute("data-claimed", claimed);
		assertThat(row).hasAttribute("data-paid", paid);
	}
}
