package org.openprm.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * A request refused for the caller's role (403) is a denied access too, and leaves an audit entry.
 */
class RoleRefusalAuditTests extends ApiTestSupport {

	@Test
	void aPartnerUserRefusedTheAuditTrailIsRecordedAsDenied() {
		assertThat(get("/api/v1/audit", tokenFor(NICK)).status()).isEqualTo(403);
		assertThat(deniedEntriesOf(NICK)).anySatisfy(entry -> {
			assertThat(entry.get("subjectType").asString()).isEqualTo("AuditTrail");
			assertThat(entry.get("outcome").asString()).isEqualTo("denied");
		});
	}

	@Test
	void aChannelManagerRefusedAnAttributeDefinitionIsRecordedAsDenied() {
		Response refused = post("/api/v1/custom-attributes", tokenFor(CAM),
				Map.of("key", unique("cam_try").toLowerCase().replaceAll("[^a-z0-9_]", "_"), "label", "Try",
						"type", "TEXT"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(deniedEntriesOf(CAM)).anySatisfy(
				entry -> assertThat(entry.get("subjectType").asString()).isEqualTo("CustomAttribute"));
	}

	private List<JsonNode> deniedEntriesOf(String email) {
		List<JsonNode> entries = new ArrayList<>();
		get("/api/v1/audit?action=denied&actor=" + email + "&size=200", tokenFor(ADMIN)).json().get("items")
			.forEach(entries::add);
		return entries;
	}
}
