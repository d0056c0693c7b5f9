package org.openprm.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class FundLedgerApiTests extends FundTestSupport {

	@Test
	void aVendorCreatesAPartnerFundAndThePartnerSeesItsBalanceDerivedFromTheLedger() {
		String northwind = partnerId("Northwind Systems");
		String fundId = fundFor(northwind, "10000");

		JsonNode balance = balance(tokenFor(ALICE), fundId, null);
		assertThat(money(balance, "allocated")).isEqualByComparingTo("10000");
		assertThat(money(balance, "available")).isEqualByComparingTo("10000");
		assertThat(money(balance, "reserved")).isEqualByComparingTo("0");
		assertThat(balance(tokenFor(BOB), fundId, null)).as("another partner's balances").isNull();
		assertThat(balance(tokenFor(BOB), fundId, northwind)).as("filtering by another partner").isNull();
		assertThat(balance(tokenFor(ADMIN), fundId, northwind)).isNotNull();

		JsonNode ledger = get("/api/v1/funds/" + fundId + "/ledger", tokenFor(ALICE)).json();
		assertThat(ledger).hasSize(1);
		assertThat(ledger.get(0).get("type").asString()).isEqualTo("ALLOCATION");
		assertThat(get("/api/v1/funds/" + fundId + "/ledger", tokenFor(BOB)).status()).isEqualTo(404);
	}

	@Test
	void aSharedPoolIsSeenByEveryPartnerAndASegmentFundOnlyByItsMembers() {
		Map<String, Object> pool = fundBody(unique("Pool"), "5000");
		Response created = post("/api/v1/funds", tokenFor(ADMIN), pool);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String poolId = created.json().get("id").asString();
		assertThat(created.json().get("target").asString()).isEqualTo("POOL");

		assertThat(balance(tokenFor(ALICE), poolId, null)).isNotNull();
		assertThat(balance(tokenFor(BOB), poolId, null)).isNotNull();
	}

	@Test
	void aManualAdjustmentNeedsAReasonAndCannotTakeMoreThanIsAvailable() {
		String fundId = fundFor(partnerId("Northwind Systems"), "1000");

		Response noReason = post("/api/v1/funds/" + fundId + "/adjustments", tokenFor(ADMIN), Map.of("amount", 100, "reason", " "));
		Response tooMuch = post("/api/v1/funds/" + fundId + "/adjustments", tokenFor(ADMIN), Map.of("amount", -1001, "reason", "fix"));
		Response fine = post("/api/v1/funds/" + fundId + "/adjustments", tokenFor(ADMIN), Map.of("amount", -250.5, "reason", "Budget cut"));
		Response byPartner = post("/api/v1/funds/" + fundId + "/adjustments", tokenFor(ALICE), Map.of("amount", 100, "reason", "more"));

		assertThat(noReason.status()).isEqualTo(400);
		assertThat(tooMuch.status()).isEqualTo(409);
		assertThat(fine.status()).as(fine.body()).isEqualTo(201);
		assertThat(byPartner.status()).isEqualTo(404);
		assertThat(money(balance(tokenFor(ADMIN), fundId, null), "available")).isEqualByComparingTo("749.50");
	}

	@Test
	void badFundsAreRefusedWithFieldErrorsAndNothingIsRecorded() {
		long before = jdbc.sql("SELECT COUNT(*) FROM funds").query(Long.class).single();
		Map<String, Object> negative = fundBody(unique("Bad"), "-5");
		Map<String, Object> zero = fundBody(unique("Bad"), "0");
		Map<String, Object> currency = fundBody(unique("Bad"), "100");
		currency.put("currency", "XXY");
		Map<String, Object> twoTargets = fundBody(unique("Bad"), "100");
		twoTargets.put("partnerId", partnerId("Northwind Systems"));
		twoTargets.put("segmentId", java.util.UUID.randomUUID().toString());

		for (Map<String, Object> body : java.util.List.of(negative, zero, currency, twoTargets)) {
			Response refused = post("/api/v1/funds", tokenFor(ADMIN), body);
			assertThat(refused.status()).as(refused.body()).isEqualTo(400);
			assertThat(refused.body()).contains("errors");
		}
		assertThat(post("/api/v1/funds", tokenFor(ALICE), fundBody(unique("Mine"), "100")).status()).isEqualTo(404);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM funds").query(Long.class).single()).isEqualTo(before);
	}
}
