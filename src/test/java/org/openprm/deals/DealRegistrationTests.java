package org.openprm.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class DealRegistrationTests extends DealTestSupport {

	@Test
	void aPartnerRegistersADealAndGets201WithIdAndStatus() {
		Response created = register(tokenFor(ALICE), registration(customer(companyName("Registered"))));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode body = created.json();
		assertThat(body.get("id").asString()).isNotBlank();
		assertThat(body.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(created.header("Location")).endsWith("/api/v1/deal-registrations/" + body.get("id").asString());
		assertThat(body.get("firstToRegister").asBoolean()).isTrue();
		assertThat(body.get("possibleConflict").asBoolean()).isFalse();
		assertThat(body.has("conflicts")).as("partners never see candidates").isFalse();
		assertThat(body.get("partnerId").asString()).isEqualTo(partnerId("Northwind Systems"));
		assertThat(get(DEALS + "/" + body.get("id").asString(), tokenFor(NICK)).status()).isEqualTo(200);
	}

	@Test
	void theAmountIsTheSumOfTheLinesWhenNoTotalIsGiven() {
		Map<String, Object> body = registration(customer(companyName("Summed")));
		body.remove("amount");
		body.put("lines", List.of(Map.of("productName", "Router", "quantity", 3, "unitPrice", 250.5),
				Map.of("productName", "Support", "quantity", 1, "unitPrice", 99)));

		Response created = register(tokenFor(ALICE), body);

		assertThat(created.json().get("amount").decimalValue()).isEqualByComparingTo("850.5");
	}

	@Test
	void badInputAnswersFieldErrorsForEveryBrokenRule() {
		Map<String, Object> customer = customer("");
		customer.put("domain", "not a domain");
		Map<String, Object> body = registration(customer);
		body.put("currency", "XYZ");
		body.put("amount", -5);
		body.put("expectedCloseDate", LocalDate.now().minusDays(1).toString());

		Response refused = register(tokenFor(ALICE), body);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(fields(refused)).contains("customer.name");
		Map<String, Object> valid = registration(customer(companyName("Valid Name")));
		valid.put("customer", Map.of("name", "Bad Domain Co", "domain", "not a domain", "country", "DE"));
		valid.put("currency", "XYZ");
		valid.put("amount", -5);
		valid.put("expectedCloseDate", LocalDate.now().minusDays(1).toString());
		assertThat(fields(register(tokenFor(ALICE), valid))).contains("customer.domain", "currency", "amount",
				"expectedCloseDate");
	}

	@Test
	void refusesAbsurdAmountsAndCurrenciesOutsideTheAllowedList() {
		Map<String, Object> body = registration(customer(companyName("Absurd")));
		body.put("amount", new java.math.BigDecimal("1e15"));
		body.put("currency", "XAU");

		Response refused = register(tokenFor(ALICE), body);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("implausibly large").contains("not accepted");
	}

	@Test
	void aPartnerCannotSetTheStatus() {
		Map<String, Object> body = registration(customer(companyName("Status Setter")));
		body.put("status", "APPROVED");

		Response refused = register(tokenFor(ALICE), body);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).contains("status");
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyYieldsOneRegistration() {
		String name = companyName("Retried");
		String body = json.writeValueAsString(registration(customer(name)));
		Map<String, String> key = Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString());

		Response first = send("POST", DEALS, tokenFor(ALICE), body, key);
		Response retry = send("POST", DEALS, tokenFor(ALICE), body, key);

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
		assertThat(get(DEALS + "?q=" + name.split(" ")[1], tokenFor(ADMIN)).json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void aDistributorRegistersOnBehalfOfItsResellerAndVendorStaffForAnyPartner() {
		String reseller = resellerOfDistri();
		Map<String, Object> byDana = registration(customer(companyName("Two Tier")));
		byDana.put("partnerId", reseller);
		Map<String, Object> byVendor = registration(customer(companyName("On Behalf")));
		byVendor.put("partnerId", partnerId("Contoso Networks"));

		Response viaDistributor = register(tokenFor(DANA), byDana);
		Response viaVendor = register(tokenFor(CAM), byVendor);

		assertThat(viaDistributor.status()).as(viaDistributor.body()).isEqualTo(201);
		assertThat(viaDistributor.json().get("partnerId").asString()).isEqualTo(reseller);
		assertThat(viaDistributor.json().get("distributorId").asString()).isEqualTo(partnerId("Distri Europe"));
		assertThat(viaVendor.status()).isEqualTo(201);
		assertThat(get(DEALS + "/" + viaVendor.json().get("id").asString(), tokenFor(BOB)).status()).isEqualTo(200);
	}

	@Test
	void aPartnerNamingAnotherPartnerGets404AsForOneThatDoesNotExist() {
		Map<String, Object> body = registration(customer(companyName("Foreign")));
		body.put("partnerId", partnerId("Contoso Networks"));

		assertThat(register(tokenFor(ALICE), body).status()).isEqualTo(404);
	}

	@Test
	void theListFiltersByStatusStageAndCloseDate() {
		String name = companyName("Filtered");
		Map<String, Object> body = registration(customer(name));
		body.put("stage", "PROPOSAL");
		body.put("draft", true);
		registered(tokenFor(ALICE), body);
		String word = name.split(" ")[1];

		assertThat(get(DEALS + "?q=" + word + "&status=DRAFT&stage=PROPOSAL", tokenFor(ALICE)).json().get("total")
			.asLong()).isEqualTo(1);
		assertThat(get(DEALS + "?q=" + word + "&status=SUBMITTED", tokenFor(ALICE)).json().get("total").asLong()).isZero();
		assertThat(get(DEALS + "?q=" + word + "&closeTo=" + LocalDate.now(), tokenFor(ALICE)).json().get("total")
			.asLong()).isZero();
		assertThat(get(DEALS + "?q=" + word, tokenFor(BOB)).json().get("total").asLong()).isZero();
	}

	@Test
	void theDemoDataHoldsAConflictingRegistrationForTheReviewer() {
		JsonNode contosos = get(DEALS + "?q=globex&partnerId=" + partnerId("Contoso Networks"), tokenFor(CAM)).json();

		JsonNode registration = contosos.get("items").get(0);
		assertThat(registration.get("firstToRegister").asBoolean()).isFalse();
		assertThat(registration.get("conflicts").toString()).contains("same domain globex.com");
		assertThat(get(DEALS + "?q=globex", tokenFor(BOB)).json().get("items").get(0).has("conflicts")).isFalse();
	}

	private String resellerOfDistri() {
		JsonNode items = get("/api/v1/partners?parentId=" + partnerId("Distri Europe"), tokenFor(ADMIN)).json().get("items");
		return items.get(0).get("id").asString();
	}

	private static List<String> fields(Response response) {
		List<String> fields = new ArrayList<>();
		response.json().path("errors").forEach(error -> fields.add(error.get("field").asString()));
		return fields;
	}
}
