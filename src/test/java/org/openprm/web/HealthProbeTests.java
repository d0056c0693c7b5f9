package org.openprm.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * The probes a load balancer or orchestrator calls: reachable without login, status only; readiness
 * includes the database, which vendor admins can see.
 */
class HealthProbeTests extends ApiTestSupport {

	@Test
	void probesAnswerUpWithoutLoginAndWithoutDetails() {
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health" }) {
			Response answer = get(probe, null);
			assertThat(answer.status()).as(probe).isEqualTo(200);
			assertThat(answer.json().get("status").asString()).as(probe).isEqualTo("UP");
			assertThat(answer.json().has("components")).as(probe + " shows no components to anonymous callers").isFalse();
			assertThat(answer.body()).as(probe).doesNotContain("h2", "postgres", "database", "validationQuery");
		}
	}

	@Test
	void readinessIncludesTheDatabaseAsAVendorAdminSees() {
		BrowserSession admin = BrowserSession.signIn(baseUrl(), ADMIN, PASSWORD);

		JsonNode readiness = json.readTree(admin.get("/actuator/health/readiness").body());

		assertThat(readiness.get("status").asString()).isEqualTo("UP");
		assertThat(readiness.get("components").get("db").get("status").asString()).isEqualTo("UP");
		assertThat(readiness.get("components").get("readinessState").get("status").asString()).isEqualTo("UP");
	}

	@Test
	void aPartnerAdminSeesOnlyTheStatus() {
		BrowserSession alice = BrowserSession.signIn(baseUrl(), ALICE, PASSWORD);

		JsonNode readiness = json.readTree(alice.get("/actuator/health/readiness").body());

		assertThat(readiness.get("status").asString()).isEqualTo("UP");
		assertThat(readiness.has("components")).isFalse();
	}
}
