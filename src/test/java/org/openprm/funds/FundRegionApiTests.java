package org.openprm.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FundRegionApiTests extends FundTestSupport {

	private String regionFund(String amount, List<String> countries) {
		Map<String, Object> body = fundBody(unique("Region"), amount);
		body.put("region", countries);
		Response created = post("/api/v1/funds", tokenFor(ADMIN), body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("target").asString()).isEqualTo("REGION");
		return created.json().get("id").asString();
	}

	@Test
	void aPartnerInTheRegionSeesTheFundAndDrawsOnIt() {
		String fundId = regionFund("8000", List.of("us", "CA", "US"));

		assertThat(get("/api/v1/funds/" + fundId, tokenFor(ADMIN)).json().get("region").toString())
			.isEqualTo("[\"US\",\"CA\"]");
		assertThat(money(balance(tokenFor(ALICE), fundId, null), "available")).isEqualByComparingTo("8000");
		String requestId = requestOf(tokenFor(ALICE), fundId, "3000");
		assertThat(approve(requestId, null, tokenFor(ADMIN)).status()).isEqualTo(200);
		assertThat(money(balance(tokenFor(ALICE), fundId, null), "available")).isEqualByComparingTo("5000");
	}

	@Test
	void aPartnerOutsideTheRegionNeitherSeesTheFundNorDrawsOnIt() {
		String contoso = partnerId("Contoso Networks");
		String fundId = regionFund("8000", List.of("DE", "AT", "CH"));

		assertThat(balance(tokenFor(BOB), fundId, null)).isNull();
		assertThat(balance(tokenFor(ADMIN), fundId, contoso)).as("the vendor's view as Contoso").isNull();
		assertThat(get("/api/v1/funds/" + fundId, tokenFor(BOB)).status()).isEqualTo(404);
		assertThat(get("/api/v1/funds/" + fundId + "/ledger", tokenFor(BOB)).status()).isEqualTo(404);
		Response request = post("/api/v1/fund-requests", tokenFor(BOB), requestBody(fundId, "100"));
		assertThat(request.status()).as("a fund outside its region is unknown to the partner").isEqualTo(404);
		Map<String, Object> onBehalf = requestBody(fundId, "100");
		onBehalf.put("partnerId", contoso);
		Response vendor = post("/api/v1/fund-requests", tokenFor(ADMIN), onBehalf);
		assertThat(vendor.status()).as(vendor.body()).isEqualTo(400);
		assertThat(vendor.body()).contains("fundId");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM fund_requests WHERE fund_id = ?").param(java.util.UUID.fromString(fundId))
			.query(Long.class).single()).isZero();
	}

	@Test
	void unknownCountryCodesAndARegionBesideAnotherTargetAreRefusedWithFieldErrors() {
		long before = jdbc.sql("SELECT COUNT(*) FROM funds").query(Long.class).single();
		Map<String, Object> unknown = fundBody(unique("Bad"), "100");
		unknown.put("region", List.of("DE", "XX"));
		Map<String, Object> twoTargets = fundBody(unique("Bad"), "100");
		twoTargets.put("region", List.of("DE"));
		twoTargets.put("partnerId", partnerId("Northwind Systems"));

		Response badCode = post("/api/v1/funds", tokenFor(ADMIN), unknown);
		Response both = post("/api/v1/funds", tokenFor(ADMIN), twoTargets);

		assertThat(badCode.status()).isEqualTo(400);
		assertThat(badCode.json().get("errors").toString()).contains("region").contains("XX");
		assertThat(both.status()).isEqualTo(400);
		assertThat(both.json().get("errors").toString()).contains("partnerId");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM funds").query(Long.class).single()).isEqualTo(before);
	}
}
