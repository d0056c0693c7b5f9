package org.openprm.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.web.BrowserSession;

/**
 * The portal pages for what used to be API-only (adjustments, rates, choices, resubmitting a claim) and
 * the claim form's errors: next to the field, nothing stored.
 */
class FundPortalPagesTests extends FundTestSupport {

	private static final String INVALID_AMOUNT = "id=\"amount\"[^>]*is-invalid|is-invalid[^>]*id=\"amount\"";

	private String approvedRequest(String fundId, String amount) {
		String requestId = requestOf(tokenFor(ALICE), fundId, amount);
		assertThat(approve(requestId, null, tokenFor(ADMIN)).status()).isEqualTo(200);
		return requestId;
	}

	private long claimsOf(String requestId) {
		return jdbc.sql("SELECT COUNT(*) FROM fund_claims WHERE request_id = ?").param(UUID.fromString(requestId))
			.query(Long.class).single();
	}

	@Test
	void aClaimAboveTheApprovedAmountOrWithADisguisedFileShowsTheErrorNextToItsFieldAndStoresNothing() {
		String requestId = approvedRequest(fundFor(partnerId("Northwind Systems"), "10000"), "1000");
		BrowserSession alice = BrowserSession.signIn(baseUrl(), ALICE, PASSWORD);
		String page = "/funds/requests/" + requestId;

		BrowserSession.Page tooMuch = alice.submitFile(page, page + "/claims",
				Map.of("amount", "1500", "invoiceNumber", unique("INV")), "files", "invoice.pdf", "application/pdf", PDF);
		BrowserSession.Page disguised = alice.submitFile(page, page + "/claims",
				Map.of("amount", "500", "invoiceNumber", unique("INV")), "files", "invoice.pdf", "application/pdf", PNG);

		assertThat(tooMuch.status()).isEqualTo(200);
		assertThat(tooMuch.body()).containsPattern(INVALID_AMOUNT).contains("exceeds what is left of the approved amount");
		assertThat(disguised.status()).isEqualTo(200);
		assertThat(disguised.body()).containsPattern("id=\"files\"[^>]*is-invalid|is-invalid[^>]*id=\"files\"")
			.doesNotContainPattern(INVALID_AMOUNT);
		assertThat(claimsOf(requestId)).isZero();
	}

	@Test
	void aPartnerCorrectsAReturnedClaimWithMoreFilesOnItsPage() {
		String requestId = approvedRequest(fundFor(partnerId("Northwind Systems"), "10000"), "1000");
		Response claimed = claim(tokenFor(ALICE), requestId, Map.of("amount", "900", "invoiceNumber", unique("INV")),
				java.util.List.of(new Part("invoice.pdf", "application/pdf", PDF)));
		String claimId = claimed.json().get("id").asString();
		assertThat(post("/api/v1/claims/" + claimId + "/return", tokenFor(ADMIN), Map.of("reason", "Wrong total"))
			.status()).isEqualTo(200);
		BrowserSession alice = BrowserSession.signIn(baseUrl(), ALICE, PASSWORD);
		String page = "/funds/requests/" + requestId;
		assertThat(alice.get(page).body()).contains("resubmit-claim");

		BrowserSession.Page tooMuch = alice.submitFile(page, "/funds/claims/" + claimId + "/resubmit",
				Map.of("amount", "1200", "invoiceNumber", unique("INV")), "files", "photo.png", "image/png", PNG);
		assertThat(tooMuch.status()).isEqualTo(200);
		assertThat(tooMuch.body()).containsPattern("is-invalid\"[^>]*id=\"amount-" + claimId);

		BrowserSession.Page fixed = alice.submitFile(page, "/funds/claims/" + claimId + "/resubmit",
				Map.of("amount", "850", "invoiceNumber", unique("INV")), "files", "photo.png", "image/png", PNG);
		assertThat(fixed.status()).isEqualTo(302);
		var claim = get("/api/v1/claims/" + claimId, tokenFor(ALICE)).json();
		assertThat(claim.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(money(claim, "amount")).isEqualByComparingTo("850");
		assertThat(claim.get("files")).hasSize(2);
	}

	@Test
	void theVendorBooksAnAdjustmentOnTheFundPageAndAnotherPartnerGetsNotFound() {
		String fundId = fundFor(partnerId("Northwind Systems"), "1000");
		BrowserSession vendor = BrowserSession.signIn(baseUrl(), ADMIN, PASSWORD);
		String page = "/funds/" + fundId;

		BrowserSession.Page noReason = vendor.submit(page, page + "/adjustments", Map.of("amount", "-100", "reason", ""));
		BrowserSession.Page booked = vendor.submit(page, page + "/adjustments", Map.of("amount", "-100", "reason", "Budget cut"));

		assertThat(noReason.status()).isEqualTo(200);
		assertThat(noReason.body()).containsPattern("id=\"reason\"[^>]*is-invalid|is-invalid[^>]*id=\"reason\"");
		assertThat(booked.status()).isEqualTo(302);
		assertThat(vendor.get(page).body()).contains("Budget cut");
		assertThat(money(balance(tokenFor(ALICE), fundId, null), "available")).isEqualByComparingTo("900");
		assertThat(BrowserSession.signIn(baseUrl(), ALICE, PASSWORD).get(page).body()).doesNotContain("submit-adjustment");
		assertThat(BrowserSession.signIn(baseUrl(), BOB, PASSWORD).get(page).status()).isEqualTo(404);
	}

	@Test
	void theVendorKeepsRatesAndApprovedListsInThePortal() {
		BrowserSession vendor = BrowserSession.signIn(baseUrl(), ADMIN, PASSWORD);
		String theme = unique("Theme");

		BrowserSession.Page added = vendor.submit("/funds/rates", "/funds/rates",
				Map.of("base", "CHF", "quote", "EUR", "effectiveOn", "2026-01-01", "rate", "1.0523"));
		BrowserSession.Page bad = vendor.submit("/funds/rates", "/funds/rates",
				Map.of("base", "CHF", "quote", "CHF", "effectiveOn", "2026-01-01", "rate", "1"));
		BrowserSession.Page imported = vendor.submitFile("/funds/rates", "/funds/rates/import", Map.of(), "file",
				"rates.csv", "text/csv", "base,quote,effectiveOn,rate\nSEK,EUR,2026-01-01,0.0871\n".getBytes(StandardCharsets.UTF_8));
		BrowserSession.Page choice = vendor.submit("/funds/choices", "/funds/choices", Map.of("kind", "THEME", "name", theme));

		assertThat(added.status()).isEqualTo(302);
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.body()).containsPattern("id=\"quote\"[^>]*is-invalid|is-invalid[^>]*id=\"quote\"");
		assertThat(imported.status()).isEqualTo(302);
		assertThat(vendor.get("/funds/rates").body()).contains("1.0523").contains("SEK");
		assertThat(choice.status()).isEqualTo(302);
		assertThat(vendor.get("/funds/choices").body()).contains(theme);
		BrowserSession alice = BrowserSession.signIn(baseUrl(), ALICE, PASSWORD);
		assertThat(alice.get("/funds/rates").status()).isEqualTo(404);
		assertThat(alice.get("/funds/choices").status()).isEqualTo(404);
	}
}
