package org.openprm.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The lead API end to end: intake routes at once to the nearest capable partner, the explanation says
 * why, a decline goes to the next partner, acceptance, progress and conversion into a deal registration,
 * and each partner sees only its own leads.
 */
class LeadApiTests extends LeadTestSupport {

	@Test
	void aQualifiedLeadGoesToTheNearestCapablePartnerAndDeclinesMoveItOn() {
		String capability = capability();
		String near = activePartner("Near Berlin", capability, 52.4, 13.3);
		String far = activePartner("Far Munich", capability, 48.1, 11.6);
		Person nearPerson = newPerson(near, "PARTNER_ADMIN");
		Person farPerson = newPerson(far, "PARTNER_ADMIN");

		Response created = post(LEADS, tokenFor(ADMIN), lead(company("Routed"), capability));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.header("Location")).contains(created.json().get("id").asString());
		assertThat(created.json().get("status").asString()).isEqualTo("OFFERED");
		assertThat(created.json().get("assignedPartnerId").asString()).isEqualTo(near);
		String id = created.json().get("id").asString();

		JsonNode explanation = get(LEADS + "/" + id + "/routing", tokenFor(ADMIN)).json();
		assertThat(explanation.get("winner").asString()).isEqualTo(near);
		assertThat(explanation.get("filtered").get("capability").asInt()).isPositive();
		assertThat(explanation.get("candidates").get(0).get("components").has("distance")).isTrue();
		assertThat(explanation.get("candidates").toString()).contains(far);

		String nearToken = newToken(nearPerson);
		String farToken = newToken(farPerson);
		assertThat(get(LEADS + "/" + id + "/routing", nearToken).body()).doesNotContain(far);
		assertThat(get(LEADS + "/" + id, farToken).status()).isEqualTo(404);

		Response declined = post(LEADS + "/" + id + "/decline", nearToken, Map.of("reason", "No capacity this month"));
		assertThat(declined.json().get("assignedPartnerId").asString()).isEqualTo(far);
		assertThat(get(LEADS + "/" + id, nearToken).status()).as("past assignee loses access").isEqualTo(404);

		assertThat(post(LEADS + "/" + id + "/accept", farToken, Map.of()).json().get("status").asString())
			.isEqualTo("ACCEPTED");
		assertThat(send("PATCH", LEADS + "/" + id, farToken, "{\"status\":\"CONTACTED\"}",
				Map.of("Content-Type", "application/json")).json().get("status").asString()).isEqualTo("CONTACTED");
		JsonNode converted = post(LEADS + "/" + id + "/convert", farToken, Map.of()).json();
		assertThat(converted.get("status").asString()).as(converted.toString()).isEqualTo("CONVERTED");
		JsonNode registration = get("/api/v1/deal-registrations/" + converted.get("dealRegistrationId").asString(), farToken)
			.json();
		assertThat(registration.get("partnerId").asString()).isEqualTo(far);
		assertThat(registration.get("amount").decimalValue().intValue()).isEqualTo(40000);

		List<String> history = get(LEADS + "/" + id + "/routing/history", tokenFor(ADMIN)).json().valueStream()
			.map(a -> a.get("outcome").asString()).toList();
		assertThat(history).containsExactly("DECLINED", "CONVERTED");
	}

	@Test
	void aLeadBelowTheThresholdWaitsInTheVendorQueueUntilReleased() {
		String capability = capability();
		String partner = activePartner("Queue", capability, 52.5, 13.4);
		Map<String, Object> thin = Map.of("company", company("Thin"), "country", "DE", "productInterest", List.of(capability));

		Response created = post(LEADS, tokenFor(ADMIN), thin);

		assertThat(created.json().get("status").asString()).isEqualTo("WAITING");
		assertThat(created.json().get("assignedPartnerId").isNull()).isTrue();
		Response released = post(LEADS + "/" + created.json().get("id").asString() + "/release", tokenFor(ADMIN), Map.of());
		assertThat(released.json().get("assignedPartnerId").asString()).isEqualTo(partner);
	}

	@Test
	void aLeadForACompanyWithAnOpenLeadIsLinkedNotDuplicatedEvenWhenTheNameIsWrittenDifferently() {
		String capability = capability();
		activePartner("Dup", capability, 52.5, 13.4);
		String name = company("Twice");
		String first = post(LEADS, tokenFor(ADMIN), lead(name, capability)).json().get("id").asString();

		// "Twice Abc AG" again as "TWICE ABC A.G.": case, punctuation and the legal form fold as in the deal matcher.
		String writtenDifferently = name.replace(" AG", "").toUpperCase(java.util.Locale.ROOT) + " A.G.";
		JsonNode second = post(LEADS, tokenFor(ADMIN), lead(writtenDifferently, capability)).json();

		assertThat(second.get("status").asString()).isEqualTo("DUPLICATE");
		assertThat(second.get("duplicateOf").asString()).isEqualTo(first);
	}

	@Test
	void badInputIsRefusedWithFieldErrorsAndPartnersCannotEnterLeads() {
		Response bad = post(LEADS, tokenFor(ADMIN), Map.of("email", "not-an-address", "country", "Germany",
				"latitude", 123));

		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("company").contains("email").contains("country").contains("latitude");
		assertThat(post(LEADS, tokenFor(BOB), lead(company("Sneaky"), capability())).status()).isEqualTo(403);
	}

	@Test
	void thePublicWebFormReceivesLeadsWithoutSignInAndDropsWhatBotsSend() {
		String human = company("Website");
		String bot = company("Spam");

		Response received = post("/api/v1/public/leads", null, Map.of("company", human, "email", "a@b.example", "country", "DE"));
		Response trapped = post("/api/v1/public/leads", null, Map.of("company", bot, "website", "http://spam.example"));

		assertThat(received.status()).isEqualTo(202);
		assertThat(trapped.status()).isEqualTo(202);
		assertThat(get(LEADS + "?q=" + human.split(" ")[1], tokenFor(ADMIN)).json().get("total").asInt()).isEqualTo(1);
		assertThat(get(LEADS + "?q=" + bot.split(" ")[1], tokenFor(ADMIN)).json().get("total").asInt()).isZero();
	}
}
