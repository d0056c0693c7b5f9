package org.openprm.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class DealWorkflowTests extends DealTestSupport {

	@Test
	void registerReviewApproveUpdateBothWaysAndWin() {
		String id = registered(tokenFor(ALICE), registration(customer(companyName("Workflow"))));

		Response review = post(DEALS + "/" + id + "/review", tokenFor(CAM), Map.of());
		assertThat(review.json().get("status").asString()).as(review.body()).isEqualTo("IN_REVIEW");
		JsonNode approved = post(DEALS + "/" + id + "/approve", tokenFor(CAM), Map.of("protectionDays", 30)).json();
		assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
		assertThat(java.time.Duration.between(java.time.Instant.parse(approved.get("approvedAt").asString()),
				java.time.Instant.parse(approved.get("protectedUntil").asString())).toDays()).isEqualTo(30);
		Response partnerUpdate = send("PATCH", DEALS + "/" + id, tokenFor(NICK),
				json.writeValueAsString(Map.of("stage", "NEGOTIATION", "amount", 15000)),
				Map.of("If-Match", String.valueOf(approved.get("version").asLong())));
		assertThat(partnerUpdate.status()).as(partnerUpdate.body()).isEqualTo(200);
		Response stale = send("PATCH", DEALS + "/" + id, tokenFor(CAM),
				json.writeValueAsString(Map.of("description", "stale")),
				Map.of("If-Match", String.valueOf(approved.get("version").asLong())));
		assertThat(stale.status()).isEqualTo(409);
		send("PATCH", DEALS + "/" + id, tokenFor(CAM), json.writeValueAsString(Map.of("description", "Vendor note")), Map.of());
		post(DEALS + "/" + id + "/comments", tokenFor(CAM), Map.of("body", "Please keep us posted"));
		JsonNode won = post(DEALS + "/" + id + "/won", tokenFor(ALICE), Map.of()).json();

		assertThat(won.get("status").asString()).isEqualTo("WON");
		assertThat(won.get("amount").decimalValue()).isEqualByComparingTo("15000");
		String timeline = get(DEALS + "/" + id + "/timeline", tokenFor(ALICE)).body();
		assertThat(timeline).contains("\"field\":\"stage\"", "\"before\":\"QUALIFICATION\"", "\"after\":\"NEGOTIATION\"",
				"\"actorName\":\"Nick Sales\"", "\"after\":\"Vendor note\"", "Please keep us posted", "\"after\":\"WON\"");
		assertThat(get(DEALS + "/" + id + "/comments", tokenFor(NICK)).json().get(0).get("fromVendor").asBoolean()).isTrue();
		assertThat(get("/api/v1/audit?subjectId=" + id, tokenFor(ADMIN)).json().get("total").asLong()).isGreaterThan(5);
	}

	@Test
	void illegalTransitionsAnswer409AndPartnersCannotDecide() {
		String id = registered(tokenFor(ALICE), registration(customer(companyName("Illegal"))));

		Response won = post(DEALS + "/" + id + "/won", tokenFor(ALICE), Map.of());
		Response selfApproved = post(DEALS + "/" + id + "/approve", tokenFor(ALICE), Map.of());
		Response rejectWithoutReason = post(DEALS + "/" + id + "/reject", tokenFor(CAM), Map.of("reason", " "));

		assertThat(won.status()).isEqualTo(409);
		assertThat(won.json().get("type").asString()).endsWith("/illegal-transition");
		assertThat(selfApproved.status()).isEqualTo(403);
		assertThat(rejectWithoutReason.status()).isEqualTo(400);
		assertThat(get(DEALS + "/" + id, tokenFor(ALICE)).json().get("status").asString()).isEqualTo("SUBMITTED");
	}

	@Test
	void moreInformationRequestedAndAnsweredGoesBackToTheVendor() {
		String id = registered(tokenFor(ALICE), registration(customer(companyName("Questioned"))));

		post(DEALS + "/" + id + "/request-info", tokenFor(CAM), Map.of("question", "Who is the decision maker?"));
		JsonNode answered = post(DEALS + "/" + id + "/respond", tokenFor(ALICE), Map.of("answer", "The CIO")).json();

		assertThat(answered.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(get(DEALS + "/" + id + "/comments", tokenFor(CAM)).body()).contains("The CIO");
		assertThat(TestMailServerAccess.mailTo(ALICE, "Who is the decision maker?")).isNotBlank();
	}

	@Test
	void aRejectionFreesTheCustomerForTheNextRegistration() {
		Map<String, Object> customer = customer(companyName("Freed"));
		String first = registered(tokenFor(ALICE), registration(customer));
		String second = registered(tokenFor(BOB), registration(customer));

		Response blocked = post(DEALS + "/" + second + "/approve", tokenFor(CAM), Map.of());
		post(DEALS + "/" + first + "/reject", tokenFor(CAM), Map.of("reason", "Duplicate of a direct deal"));
		Response approved = post(DEALS + "/" + second + "/approve", tokenFor(CAM), Map.of());

		assertThat(blocked.status()).isEqualTo(409);
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(get(DEALS + "/" + first, tokenFor(ALICE)).json().get("statusReason").asString())
			.isEqualTo("Duplicate of a direct deal");
	}

	@Test
	void fulfilmentByAnotherPartnerKeepsTheRegisteringPartnersCredit() {
		String id = registered(tokenFor(ALICE), registration(customer(companyName("Credited"))));
		String contoso = partnerId("Contoso Networks");

		JsonNode credited = put(DEALS + "/" + id + "/credits", tokenFor(CAM),
				Map.of("credits", List.of(Map.of("partnerId", contoso, "role", "FULFILLING")))).json();

		assertThat(credited.get("credits").toString()).contains(partnerId("Northwind Systems") + "\",\"role\":\"REGISTERED")
			.contains(contoso + "\",\"role\":\"FULFILLING");
	}

	@Test
	void extensionRequestsNeedAReasonAndTheVendorsApproval() {
		String id = registered(tokenFor(ALICE), registration(customer(companyName("Extended"))));
		JsonNode approved = post(DEALS + "/" + id + "/approve", tokenFor(CAM), Map.of()).json();

		Response noReason = post(DEALS + "/" + id + "/extension", tokenFor(ALICE), Map.of("days", 30, "reason", ""));
		post(DEALS + "/" + id + "/extension", tokenFor(ALICE), Map.of("days", 30, "reason", "Budget moved to Q3"));
		JsonNode extended = post(DEALS + "/" + id + "/extension/approve", tokenFor(CAM), Map.of()).json();

		assertThat(noReason.status()).isEqualTo(400);
		assertThat(java.time.Duration.between(java.time.Instant.parse(approved.get("protectedUntil").asString()),
				java.time.Instant.parse(extended.get("protectedUntil").asString())).toMinutes()).isBetween(30 * 1440L - 1, 30 * 1440L);
		assertThat(extended.get("extensionRequest").isNull()).isTrue();
	}
}
