package org.openprm.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A tier that asks for registered and won deals counts the partner's own deals: registering and
 * winning them is what moves the partner up, with no import in between.
 */
class DealFiguresTests extends DealTestSupport {

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
