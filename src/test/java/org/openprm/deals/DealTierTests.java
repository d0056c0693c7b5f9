package org.openprm.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Deals and tiers work together: a tier that asks for registered and won deals counts the partner's own
 * deals, and a tier's deal protection benefit sets how long an approval protects the partner's deal.
 */
class DealTierTests extends DealTestSupport {

	@Test
	void registeredAndWonDealsCountTowardsTheTierThatAsksForThem() {
		String programId = post("/api/v1/programs", tokenFor(ADMIN), Map.of("key", unique("deals"), "name",
				unique("Deal Makers"))).json().get("id").asString();
		String basic = tier(programId, "basic", 1);
		String gold = tier(programId, "gold", 2);
		Response terms = put("/api/v1/programs/" + programId + "/tiers/" + gold + "/terms", tokenFor(ADMIN),
				Map.of("requirements", List.of(Map.of("metric", "REGISTERED_DEALS", "minimum", 2),
						Map.of("metric", "WON_DEALS", "minimum", 1))));
		assertThat(terms.status()).as(terms.body()).isEqualTo(200);
		String partnerId = newPartner(unique("Deal Counter"));
		post("/api/v1/partners/" + partnerId + "/memberships", tokenFor(ADMIN), Map.of("programId", programId, "tierId", basic));
		String seller = newToken(newPerson(partnerId, "PARTNER_ADMIN"));

		String first = registered(seller, registration(customer(companyName("Counted"))));
		registered(seller, registration(customer(companyName("Counted"))));
		assertThat(evaluated(partnerId, programId).get("tierName").asString()).isEqualTo("Basic");

		post(DEALS + "/" + first + "/approve", tokenFor(CAM), Map.of("protectionDays", 30));
		assertThat(post(DEALS + "/" + first + "/won", seller, Map.of()).status()).isEqualTo(200);

		assertThat(evaluated(partnerId, programId).get("tierName").asString()).isEqualTo("Gold");
	}

	@Test
	void anApprovalWithoutDaysProtectsForAsLongAsThePartnersBestTierGives() {
		String programId = post("/api/v1/programs", tokenFor(ADMIN), Map.of("key", unique("prot"), "name",
				unique("Protected"))).json().get("id").asString();
		String platinum = tier(programId, "platinum", 1);
		Response terms = put("/api/v1/programs/" + programId + "/tiers/" + platinum + "/terms", tokenFor(ADMIN),
				Map.of("requirements", List.of(), "benefits", Map.of("discountPercent", 0, "mdfAccrualPercent", 0,
						"dealProtectionDays", 120, "leadPriorityWeight", 0, "contentKeys", List.of())));
		assertThat(terms.status()).as(terms.body()).isEqualTo(200);
		String partnerId = newPartner(unique("Long Protection"));
		String plain = newPartner(unique("Plain Protection"));
		post("/api/v1/partners/" + partnerId + "/memberships", tokenFor(ADMIN), Map.of("programId", programId, "tierId", platinum));

		assertThat(protectionDays(partnerId)).isEqualTo(120);
		assertThat(protectionDays(plain)).isEqualTo(90);
	}

	private long protectionDays(String partnerId) {
		Map<String, Object> body = new java.util.LinkedHashMap<>(registration(customer(companyName("Protected"))));
		body.put("partnerId", partnerId);
		String id = registered(tokenFor(ADMIN), body);
		JsonNode approved = post(DEALS + "/" + id + "/approve", tokenFor(CAM), Map.of()).json();
		return java.time.Duration.between(java.time.Instant.parse(approved.get("approvedAt").asString()),
				java.time.Instant.parse(approved.get("protectedUntil").asString())).toDays();
	}

	private String tier(String programId, String key, int rank) {
		return post("/api/v1/programs/" + programId + "/tiers", tokenFor(ADMIN), Map.of("key", key, "name",
				Character.toUpperCase(key.charAt(0)) + key.substring(1), "rank", rank)).json().get("id").asString();
	}

	private JsonNode evaluated(String partnerId, String programId) {
		Response evaluation = post("/api/v1/partners/" + partnerId + "/tier-evaluation", tokenFor(ADMIN), Map.of());
		assertThat(evaluation.status()).as(evaluation.body()).isLessThan(300);
		return get("/api/v1/partners/" + partnerId + "/tier-status", tokenFor(ADMIN)).json().valueStream()
			.filter(s -> s.get("programId").asString().equals(programId)).findFirst().orElseThrow();
	}
}
