package org.openprm.leads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.ApiTestSupport;

/**
 * Helpers for lead tests: partners that only this test's leads can reach (a capability tag of their
 * own), placed at chosen coordinates, and lead bodies for them.
 */
abstract class LeadTestSupport extends ApiTestSupport {

	static final String LEADS = "/api/v1/leads";

	/** A capability no other test's partner has: leads asking for it reach only this test's partners. */
	static String capability() {
		return "cap" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** An active partner in Germany with the capability, headquartered at the given coordinates. */
	String activePartner(String name, String capability, double latitude, double longitude) {
		Map<String, Object> body = partnerBody(unique(name));
		body.put("tags", List.of("networking", capability));
		body.put("addresses", List.of(Map.of("label", "HQ", "city", "Somewhere", "country", "DE", "street",
				"Street 1", "latitude", latitude, "longitude", longitude)));
		Response created = post("/api/v1/partners", tokenFor(ADMIN), body);
		if (created.status() != 201) {
			throw new IllegalStateException(created.body());
		}
		String id = created.json().get("id").asString();
		Response activated = post("/api/v1/partners/" + id + "/status", tokenFor(ADMIN), Map.of("status", "ACTIVE",
				"reason", "test"));
		if (activated.status() != 200) {
			throw new IllegalStateException(activated.body());
		}
		return id;
	}

	/** A complete, well-qualified lead in Berlin asking for the capability. */
	static Map<String, Object> lead(String company, String capability) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("company", company);
		body.put("contactName", "Kim Buyer");
		body.put("email", "kim@" + company.toLowerCase().replaceAll("[^a-z0-9]+", "") + ".example");
		body.put("phone", "+49 30 1234567");
		body.put("country", "DE");
		body.put("region", "Berlin");
		body.put("postalCode", "10117");
		body.put("latitude", 52.52);
		body.put("longitude", 13.405);
		body.put("productInterest", new ArrayList<>(List.of(capability)));
		body.put("source", "referral");
		body.put("companySize", 500);
		body.put("estimatedValue", 40000);
		body.put("currency", "EUR");
		return body;
	}

	static String company(String label) {
		StringBuilder word = new StringBuilder();
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
			word.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
		}
		return label + " " + Character.toUpperCase(word.charAt(0)) + word.substring(1) + " AG";
	}
}
