package org.openprm.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * Vendor-defined attributes are vendor-wide records: optional ones only here, since every partner
 * created by any other test would have to carry a required one.
 */
class CustomAttributeTests extends ApiTestSupport {

	@Test
	void aVendorAdminDefinesAnAttributeThatPartnersThenCarry() {
		String key = "region_" + unique("k").substring(2).replace("-", "");

		Response defined = post("/api/v1/custom-attributes", tokenFor(ADMIN),
				Map.of("key", key, "label", "Sales region", "type", "CHOICE", "choices", List.of("North", "South")));

		assertThat(defined.status()).as(defined.body()).isEqualTo(201);
		assertThat(defined.header("Location")).isEqualTo("/api/v1/custom-attributes/" + defined.json().get("id").asString());
		Map<String, Object> partner = partnerBody(unique("Regional Co"));
		partner.put("attributes", Map.of(key, "North"));
		Response created = post("/api/v1/partners", tokenFor(ADMIN), partner);
		assertThat(created.json().get("attributes").get(key).asString()).isEqualTo("North");
		partner.put("attributes", Map.of(key, "West"));
		Response refused = post("/api/v1/partners", tokenFor(ADMIN), partner);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("attributes." + key);
	}

	@Test
	void refusesADuplicateKeyAndAChoiceAttributeWithoutChoices() {
		Response duplicate = post("/api/v1/custom-attributes", tokenFor(ADMIN),
				Map.of("key", "employees", "label", "Staff", "type", "NUMBER"));
		Response noChoices = post("/api/v1/custom-attributes", tokenFor(ADMIN),
				Map.of("key", "tier_" + unique("k").substring(2).replace("-", ""), "label", "Tier", "type", "CHOICE"));

		assertThat(duplicate.status()).isEqualTo(400);
		assertThat(duplicate.json().get("errors").get(0).get("field").asString()).isEqualTo("key");
		assertThat(noChoices.status()).isEqualTo(400);
		assertThat(noChoices.json().get("errors").get(0).get("field").asString()).isEqualTo("choices");
	}

	@Test
	void aChannelManagerReadsButCannotDefineAttributes() {
		Response listed = get("/api/v1/custom-attributes", tokenFor(CAM));
		Response defined = post("/api/v1/custom-attributes", tokenFor(CAM),
				Map.of("key", "cam_" + unique("k").substring(2).replace("-", ""), "label", "Cam", "type", "TEXT"));

		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json().valueStream().map(d -> d.get("key").asString())).contains("employees", "focus");
		assertThat(defined.status()).isEqualTo(403);
	}

	@Test
	void partnersAreToldTheDefinitionsDoNotExistAndTheAttemptIsAudited() {
		Response listed = get("/api/v1/custom-attributes", tokenFor(BOB));

		assertThat(listed.status()).isEqualTo(404);
		assertThat(listed.header("Content-Type")).startsWith("application/problem+json");
		JsonNode denied = get("/api/v1/audit?action=denied&subjectType=CustomAttribute&actor=" + BOB, tokenFor(ADMIN))
			.json();
		assertThat(denied.get("total").asLong()).isPositive();
	}
}
