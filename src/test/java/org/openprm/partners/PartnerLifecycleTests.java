package org.openprm.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;

class PartnerLifecycleTests extends ApiTestSupport {

	@Test
	void followsTheAllowedStatusTransitions() {
		String partner = newPartner(unique("Lifecycle Co"));

		for (String status : new String[] { "ACTIVE", "SUSPENDED", "ACTIVE", "TERMINATED" }) {
			Response changed = changeStatus(partner, status);
			assertThat(changed.status()).as("to %s: %s", status, changed.body()).isEqualTo(200);
			assertThat(changed.json().get("status").asString()).isEqualTo(status);
		}
	}

	@Test
	void refusesAnIllegalTransitionWithAConflictAndKeepsTheStatus() {
		String prospect = newPartner(unique("Prospect Co"));
		String terminated = newPartner(unique("Terminated Co"));
		changeStatus(terminated, "TERMINATED");

		Response suspendProspect = changeStatus(prospect, "SUSPENDED");
		Response reviveTerminated = changeStatus(terminated, "ACTIVE");

		for (Response refused : new Response[] { suspendProspect, reviveTerminated }) {
			assertThat(refused.status()).isEqualTo(409);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.json().get("type").asString()).endsWith("/illegal-transition");
		}
		assertThat(statusOf(prospect)).isEqualTo("PROSPECT");
		assertThat(statusOf(terminated)).isEqualTo("TERMINATED");
		assertThat(get("/api/v1/audit?subjectId=" + prospect + "&action=status-changed", tokenFor(ADMIN)).json()
			.get("total").asLong()).isZero();
	}

	@Test
	void refusesAnUnknownStatusByFieldName() {
		String partner = newPartner(unique("Unknown Status Co"));

		Response refused = changeStatus(partner, "DELETED");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
		assertThat(statusOf(partner)).isEqualTo("PROSPECT");
	}

	private Response changeStatus(String partnerId, String status) {
		return post("/api/v1/partners/" + partnerId + "/status", tokenFor(ADMIN),
				Map.of("status", status, "reason", "lifecycle test"));
	}

	private String statusOf(String partnerId) {
		return get("/api/v1/partners/" + partnerId, tokenFor(ADMIN)).json().get("status").asString();
	}
}
