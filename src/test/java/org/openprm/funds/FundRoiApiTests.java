package org.openprm.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class FundRoiApiTests extends FundTestSupport {

	@Test
	void aWonDealLinkedToAFundedActivityShowsAsPipelineAndWonRevenueNextToTheSpend() {
		String northwind = partnerId("Northwind Systems");
		String fundId = fundFor(northwind, "10000");
		String requestId = requestOf(tokenFor(ALICE), fundId, "2000");
		approve(requestId, null, tokenFor(ADMIN));
		String claimId = claim(tokenFor(ALICE), requestId, Map.of("amount", "1500", "invoiceNumber", unique("INV")),
				List.of(new Part("proof.pdf", "application/pdf", PDF))).json().get("id").asString();
		post("/api/v1/claims/" + claimId + "/approve", tokenFor(ADMIN), Map.of());
		String deal = post("/api/v1/deal-registrations", tokenFor(ADMIN), Map.of("partnerId", northwind, "customer",
				Map.of("name", unique("ROI Customer"), "country", "NL", "city", "Utrecht"), "amount", 30000, "currency", "EUR",
				"expectedCloseDate", LocalDate.now().plusMonths(1).toString())).json().get("id").asString();
		post("/api/v1/deal-registrations/" + deal + "/approve", tokenFor(ADMIN), Map.of());
		assertThat(post("/api/v1/deal-registrations/" + deal + "/won", tokenFor(ADMIN), Map.of()).status()).isEqualTo(200);
		String contosoDeal = post("/api/v1/deal-registrations", tokenFor(ADMIN), Map.of("partnerId", partnerId("Contoso Networks"),
				"customer", Map.of("name", unique("Other"), "country", "NL", "city", "Utrecht"), "amount", 1000, "currency", "EUR",
				"expectedCloseDate", LocalDate.now().plusMonths(1).toString())).json().get("id").asString();

		Response linked = post("/api/v1/fund-requests/" + requestId + "/deals", tokenFor(ALICE), Map.of("registrationId", deal));
		Response twice = post("/api/v1/fund-requests/" + requestId + "/deals", tokenFor(ALICE), Map.of("registrationId", deal));
		Response foreign = post("/api/v1/fund-requests/" + requestId + "/deals", tokenFor(ADMIN), Map.of("registrationId", contosoDeal));

		assertThat(linked.status()).as(linked.body()).isEqualTo(201);
		assertThat(twice.status()).isEqualTo(409);
		assertThat(foreign.status()).isEqualTo(400);
		JsonNode activity = get("/api/v1/funds/roi", tokenFor(ALICE)).json().valueStream()
			.filter(l -> l.get("dimension").asString().equals("activity") && l.get("key").asString().equals(requestId))
			.findFirst().orElseThrow();
		assertThat(money(activity, "spend")).isEqualByComparingTo("1500");
		assertThat(money(activity, "pipeline")).isEqualByComparingTo("30000");
		assertThat(money(activity, "won")).isEqualByComparingTo("30000");
		assertThat(get("/api/v1/funds/roi", tokenFor(BOB)).body()).doesNotContain(requestId);
	}
}
