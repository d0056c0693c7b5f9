package org.openprm.programs;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openprm.ApiTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * Tests of agreements: a fresh partner in a given country with a partner admin, and a template of a kind of
 * its own for that country, so that tests never see each other's templates take effect.
 */
abstract class AgreementTestSupport extends ApiTestSupport {

	record Fixture(String partnerId, String partnerName, Person admin, String adminToken, String templateId,
			String kind) {

		String agreementsPath() {
			return "/api/v1/partners/" + partnerId + "/agreements";
		}

		String acceptPath(JsonNode agreement) {
			return agreementsPath() + "/" + agreement.get("version").get("id").asString() + "/accept";
		}

		/** This fixture's agreement among a partner's agreements. */
		JsonNode agreement(JsonNode agreements) {
			for (JsonNode agreement : agreements) {
				if (agreement.get("kind").asString().equals(kind)) {
					return agreement;
				}
			}
			throw new IllegalStateException("No agreement of kind " + kind + " in " + agreements);
		}
	}

	protected Fixture fixture(String country, boolean gatesAccess) {
		String kind = unique("nda");
		Response created = post("/api/v1/agreement-templates", tokenFor(ADMIN), Map.of("kind", kind, "country", country,
				"gatesAccess", gatesAccess, "title", "NDA " + kind, "body",
				"Confidentiality between Acme and {{partnerName}}, effective {{effectiveDate}}."));
		if (created.status() != 201) {
			throw new IllegalStateException(created.body());
		}
		String name = unique("Agreement Partner");
		Map<String, Object> body = new LinkedHashMap<>(partnerBody(name));
		body.put("country", country);
		Response partner = post("/api/v1/partners", tokenFor(ADMIN), body);
		if (partner.status() != 201) {
			throw new IllegalStateException(partner.body());
		}
		String partnerId = partner.json().get("id").asString();
		Person admin = newPerson(partnerId, "PARTNER_ADMIN");
		return new Fixture(partnerId, name, admin, newToken(admin), created.json().get("id").asString(), kind);
	}

	protected JsonNode agreementOf(Fixture fixture) {
		return fixture.agreement(get(fixture.agreementsPath(), fixture.adminToken()).json());
	}
}
