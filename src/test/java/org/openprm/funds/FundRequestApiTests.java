package org.openprm.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class FundRequestApiTests extends FundTestSupport {

	@Test
	void aPartnerProposesAnActivityAndAPartialApprovalReservesThatAmount() {
		String fundId = fundFor(partnerId("Northwind Systems"), "10000");
		String requestId = requestOf(tokenFor(ALICE), fundId, "4000");

		assertThat(get("/api/v1/fund-requests/" + requestId, tokenFor(ALICE)).json().get("nextStep").asString()).isEqualTo("review");
		Response approved = approve(requestId, "3000", tokenFor(ADMIN));

		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
		assertThat(money(approved.json(), "reservedAmount")).isEqualByComparingTo("3000");
		JsonNode balance = balance(tokenFor(ALICE), fundId, null);
		assertThat(money(balance, "reserved")).isEqualByComparingTo("3000");
		assertThat(money(balance, "available")).isEqualByComparingTo("7000");
		assertThat(approve(requestId, null, tokenFor(ADMIN)).status()).as("approving twice").isEqualTo(409);
	}

	@Test
	void fromTheThresholdOnASecondApproverIsNeededBeforeAnythingIsReserved() {
		String fundId = fundFor(partnerId("Northwind Systems"), "50000");
		String requestId = requestOf(tokenFor(ALICE), fundId, "20000");

		Response first = approve(requestId, null, tokenFor(ADMIN));
		Response sameAgain = approve(requestId, null, tokenFor(ADMIN));
		assertThat(first.json().get("status").asString()).isEqualTo("AWAITING_SECOND_APPROVAL");
		assertThat(money(balance(tokenFor(ALICE), fundId, null), "reserved")).isEqualByComparingTo("0");
		assertThat(sameAgain.status()).isEqualTo(409);

		Response second = approve(requestId, "18000", tokenFor(CAM));
		assertThat(second.status()).as(second.body()).isEqualTo(200);
		assertThat(second.json().get("status").asString()).isEqualTo("APPROVED");
		assertThat(money(balance(tokenFor(ALICE), fundId, null), "reserved")).isEqualByComparingTo("18000");
	}

	@Test
	void aRequestAboveWhatIsAvailableIsRefusedAndReservesNothing() {
		String fundId = fundFor(partnerId("Northwind Systems"), "1000");
		String requestId = requestOf(tokenFor(ALICE), fundId, "1500");

		Response refused = approve(requestId, null, tokenFor(ADMIN));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body()).contains("1000.00 EUR available");
		assertThat(get("/api/v1/fund-requests/" + requestId, tokenFor(ALICE)).json().get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(money(balance(tokenFor(ALICE), fundId, null), "available")).isEqualByComparingTo("1000");
	}

	@Test
	void aReturnedRequestIsChangedAndResubmittedAndARejectedOneIsFinal() {
		String fundId = fundFor(partnerId("Northwind Systems"), "10000");
		String requestId = requestOf(tokenFor(ALICE), fundId, "2000");

		Response returned = post("/api/v1/fund-requests/" + requestId + "/return", tokenFor(ADMIN), Map.of("reason", "Add the agenda"));
		assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");
		assertThat(returned.json().get("nextStep").asString()).isEqualTo("change");
		Response resubmitted = put("/api/v1/fund-requests/" + requestId, tokenFor(ALICE), requestBody(fundId, "1800"));
		assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(200);
		assertThat(resubmitted.json().get("status").asString()).isEqualTo("SUBMITTED");

		Response noReason = post("/api/v1/fund-requests/" + requestId + "/reject", tokenFor(ADMIN), Map.of("reason", ""));
		Response rejected = post("/api/v1/fund-requests/" + requestId + "/reject", tokenFor(ADMIN), Map.of("reason", "Out of scope"));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.json().get("decisionReason").asString()).isEqualTo("Out of scope");
		assertThat(approve(requestId, null, tokenFor(ADMIN)).status()).isEqualTo(409);
		assertThat(approve(requestId, null, tokenFor(ALICE)).status()).as("a partner approving").isEqualTo(403);
	}

	@Test
	void unlistedActivitiesBadAmountsAndUnknownCurrenciesAreRefusedAndNothingIsRecorded() {
		String fundId = fundFor(partnerId("Northwind Systems"), "10000");
		long before = jdbc.sql("SELECT COUNT(*) FROM fund_requests").query(Long.class).single();
		Map<String, Object> unlisted = requestBody(fundId, "100");
		unlisted.put("activityType", "Yacht party");
		Map<String, Object> negative = requestBody(fundId, "-100");
		Map<String, Object> zero = requestBody(fundId, "0");
		Map<String, Object> currency = requestBody(fundId, "100");
		currency.put("currency", "ABC");
		Map<String, Object> noRate = requestBody(fundId, "100");
		noRate.put("currency", "JPY");

		for (Map<String, Object> body : java.util.List.of(unlisted, negative, zero, currency, noRate)) {
			Response refused = post("/api/v1/fund-requests", tokenFor(ALICE), body);
			assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		}
		assertThat(post("/api/v1/fund-requests", tokenFor(BOB), requestBody(fundId, "100")).status())
			.as("another partner's fund").isEqualTo(404);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM fund_requests").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void ratesAreImportedAsCsvAndABrokenFileKeepsNoneOfItsRows() {
		String csv = "base,quote,effectiveOn,rate\nCHF,EUR,2026-01-01,1.05\nCHF,EUR,2026-06-01,1.07\n";
		Response imported = send("POST", "/api/v1/fx-rates/import", tokenFor(ADMIN), csv, Map.of("Content-Type", "text/csv"));
		Response broken = send("POST", "/api/v1/fx-rates/import", tokenFor(ADMIN),
				"base,quote,effectiveOn,rate\nSEK,EUR,2026-01-01,0.09\nSEK,XYZ,2026-01-01,1\n", Map.of("Content-Type", "text/csv"));
		Response byPartner = send("POST", "/api/v1/fx-rates/import", tokenFor(ALICE), csv, Map.of("Content-Type", "text/csv"));

		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(imported.json()).hasSize(2);
		assertThat(broken.status()).isEqualTo(400);
		assertThat(byPartner.status()).isEqualTo(404);
		String rates = get("/api/v1/fx-rates", tokenFor(ADMIN)).body();
		assertThat(rates).contains("\"CHF\"").doesNotContain("\"SEK\"");
	}

	@Test
	void aRequestInThePartnersCurrencyIsReservedInTheFundsCurrencyAtTheRateOfTheApprovalDay() {
		Response rate = post("/api/v1/fx-rates", tokenFor(ADMIN), Map.of("base", "GBP", "quote", "EUR", "effectiveOn",
				java.time.LocalDate.now().minusDays(1).toString(), "rate", 1.2));
		assertThat(rate.status()).as(rate.body()).isEqualTo(201);
		String fundId = fundFor(partnerId("Contoso Networks"), "10000");
		Map<String, Object> body = requestBody(fundId, "1000");
		body.put("currency", "GBP");
		Response created = post("/api/v1/fund-requests", tokenFor(BOB), body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);

		Response approved = approve(created.json().get("id").asString(), null, tokenFor(ADMIN));

		assertThat(money(approved.json(), "reservedAmount")).isEqualByComparingTo("1200");
		assertThat(money(approved.json(), "fxRate")).isEqualByComparingTo("1.2");
		assertThat(money(balance(tokenFor(BOB), fundId, null), "available")).isEqualByComparingTo("8800");
	}
}
