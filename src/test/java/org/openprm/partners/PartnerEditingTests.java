package org.openprm.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;

import tools.jackson.databind.JsonNode;

class PartnerEditingTests extends ApiTestSupport {

	@Test
	void aPartnerAdminEditsItsOwnProfileButNotVendorOwnedFields() {
		String partner = newPartner(unique("Profile Co"));
		String token = newToken(newPerson(partner, "PARTNER_ADMIN"));
		String newName = unique("Renamed Profile Co");

		Response edited = put("/api/v1/partners/" + partner + "/profile", token, Map.of("name", newName, "legalName",
				"Renamed GmbH", "domains", List.of("renamed.example"), "addresses",
				List.of(Map.of("city", "Hamburg", "country", "DE"))));

		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		JsonNode after = read(partner);
		assertThat(after.get("name").asString()).isEqualTo(newName);
		assertThat(after.get("legalName").asString()).isEqualTo("Renamed GmbH");
		assertThat(after.get("domains").get(0).asString()).isEqualTo("renamed.example");
		assertThat(after.get("addresses").get(0).get("city").asString()).isEqualTo("Hamburg");
		assertThat(after.get("type").asString()).isEqualTo("RESELLER");
		assertThat(after.get("status").asString()).isEqualTo("PROSPECT");
		assertThat(after.get("tags").get(0).asString()).isEqualTo("networking");
		assertThat(after.get("attributes").get("employees").asString()).isEqualTo("12");
	}

	@Test
	void aProfileRequestCannotCarryVendorOwnedFields() {
		String partner = newPartner(unique("Greedy Co"));
		String token = newToken(newPerson(partner, "PARTNER_ADMIN"));
		JsonNode before = read(partner);

		for (String field : List.of("status", "type", "tags", "parentId", "attributes")) {
			Map<String, Object> body = profileOf(before);
			body.put(field, field.equals("tags") ? List.of("platinum") : field.equals("attributes") ? Map.of() : "ACTIVE");
			Response refused = put("/api/v1/partners/" + partner + "/profile", token, body);
			assertThat(refused.status()).as(field).isEqualTo(400);
			assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
		}
		assertThat(read(partner)).isEqualTo(before);
	}

	@Test
	void aPartnerAdminCannotSeeOrEditAnotherPartner() {
		String token = newToken(newPerson(newPartner(unique("Nosy Co")), "PARTNER_ADMIN"));
		String contoso = partnerId("Contoso Networks");
		JsonNode before = read(contoso);

		Response read = get("/api/v1/partners/" + contoso, token);
		Response edit = put("/api/v1/partners/" + contoso + "/profile", token, profileOf(before));

		assertThat(read.status()).isEqualTo(404);
		assertThat(edit.status()).isEqualTo(404);
		assertThat(read.json().get("type").asString()).endsWith("/not-found");
		assertThat(read(contoso)).isEqualTo(before);
	}

	@Test
	void vendorOnlyOperationsOnItsOwnPartnerAnswerNotFoundToAPartnerAdmin() {
		String partner = newPartner(unique("Own Record Co"));
		String token = newToken(newPerson(partner, "PARTNER_ADMIN"));
		JsonNode before = read(partner);
		Map<String, Object> replacement = partnerBody(before.get("name").asString());
		replacement.put("tags", List.of("platinum"));

		Response replace = put("/api/v1/partners/" + partner, token, replacement);
		Response status = post("/api/v1/partners/" + partner + "/status", token, Map.of("status", "ACTIVE"));
		Response create = post("/api/v1/partners", token, partnerBody(unique("Self Made")));

		assertThat(List.of(replace.status(), status.status(), create.status())).containsOnly(404);
		assertThat(read(partner)).isEqualTo(before);
	}

	@Test
	void aPartnerUserReadsButCannotEditItsOwnProfile() {
		String partner = newPartner(unique("Read Only Co"));
		String token = newToken(newPerson(partner, "PARTNER_USER"));
		JsonNode before = read(partner);
		Map<String, Object> profile = profileOf(before);
		profile.put("name", unique("Hijacked"));

		assertThat(get("/api/v1/partners/" + partner, token).status()).isEqualTo(200);
		Response edit = put("/api/v1/partners/" + partner + "/profile", token, profile);

		assertThat(edit.status()).isEqualTo(403);
		assertThat(edit.header("Content-Type")).startsWith("application/problem+json");
		assertThat(read(partner)).isEqualTo(before);
	}

	@Test
	void aDistributorReadsItsResellersButCannotEditThem() {
		String distri = partnerId("Distri Europe");
		String alpenland = partnerId("Alpenland IT");
		JsonNode before = read(alpenland);
		Map<String, Object> profile = profileOf(before);
		profile.put("legalName", "Taken Over GmbH");

		Response read = get("/api/v1/partners/" + alpenland, tokenFor(DANA));
		Response people = get("/api/v1/partners/" + alpenland + "/users", tokenFor(DANA));
		Response edit = put("/api/v1/partners/" + alpenland + "/profile", tokenFor(DANA), profile);

		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("parentName").asString()).isEqualTo("Distri Europe");
		assertThat(people.status()).isEqualTo(200);
		assertThat(edit.status()).isEqualTo(403);
		assertThat(read(alpenland)).isEqualTo(before);
		Response denied = get("/api/v1/audit?action=denied&actor=" + DANA + "&subjectId=" + alpenland, tokenFor(ADMIN));
		assertThat(denied.json().get("items").valueStream().map(e -> e.get("changes").get("operation").get("after").asString()))
			.contains("write");

		JsonNode directory = get("/api/v1/partners?size=200", tokenFor(DANA)).json();
		assertThat(directory.get("items").valueStream().map(p -> p.get("name").asString()))
			.contains("Distri Europe", "Alpenland IT", "Rhein Netzwerke")
			.doesNotContain("Northwind Systems", "Golden Gate Networks");
		assertThat(directory.get("items")).allSatisfy(p -> assertThat(
				p.get("id").asString().equals(distri) || distri.equals(p.get("parentId").asString())).isTrue());
		assertThat(directory.get("total").asLong()).isEqualTo(directory.get("items").size());
	}

	@Test
	void aFailedReplaceChangesNothing() {
		String partner = newPartner(unique("Atomic Co"));
		JsonNode before = read(partner);

		Map<String, Object> badDomain = partnerBody(unique("Renamed Atomic"));
		badDomain.put("domains", List.of("fine.example", "not a domain"));
		Map<String, Object> badAttribute = partnerBody(unique("Renamed Atomic"));
		badAttribute.put("attributes", Map.of("employees", "a few"));

		assertThat(put("/api/v1/partners/" + partner, tokenFor(ADMIN), badDomain).status()).isEqualTo(400);
		assertThat(put("/api/v1/partners/" + partner, tokenFor(ADMIN), badAttribute).status()).isEqualTo(400);
		assertThat(read(partner)).isEqualTo(before);
		assertThat(get("/api/v1/audit?subjectId=" + partner + "&action=updated", tokenFor(ADMIN)).json().get("total")
			.asLong()).isZero();
	}

	@Test
	void aFailedProfileEditChangesNothing() {
		String partner = newPartner(unique("Atomic Profile Co"));
		String token = newToken(newPerson(partner, "PARTNER_ADMIN"));
		JsonNode before = read(partner);
		Map<String, Object> profile = profileOf(before);
		profile.put("name", unique("Renamed"));
		profile.put("domains", List.of("not a domain"));

		Response refused = put("/api/v1/partners/" + partner + "/profile", token, profile);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("domains[0]");
		assertThat(read(partner)).isEqualTo(before);
	}

	@Test
	void ifMatchWithAStaleVersionIsRefusedAndTheFreshVersionFromAResponseIsAccepted() {
		String partner = newPartner(unique("Locking Co"));
		long version = read(partner).get("version").asLong();

		Response first = send("PUT", "/api/v1/partners/" + partner, tokenFor(ADMIN),
				json.writeValueAsString(partnerBody(unique("Locking First"))), Map.of("If-Match", "\"" + version + "\""));
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		long fresh = first.json().get("version").asLong();
		assertThat(fresh).isEqualTo(read(partner).get("version").asLong()).isGreaterThan(version);

		String staleName = unique("Locking Stale");
		Response stale = send("PUT", "/api/v1/partners/" + partner, tokenFor(ADMIN),
				json.writeValueAsString(partnerBody(staleName)), Map.of("If-Match", "\"" + version + "\""));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
		assertThat(read(partner).get("name").asString()).isNotEqualTo(staleName);

		Response second = send("PUT", "/api/v1/partners/" + partner, tokenFor(ADMIN),
				json.writeValueAsString(partnerBody(unique("Locking Second"))), Map.of("If-Match", "\"" + fresh + "\""));
		assertThat(second.status()).as(second.body()).isEqualTo(200);
	}

	@Test
	void everyWriteAnswersWithTheVersionThatIsStored() {
		Response created = post("/api/v1/partners", tokenFor(ADMIN), partnerBody(unique("Versioned Co")));
		String partner = created.json().get("id").asString();
		assertThat(created.json().get("version")).as("after create").isEqualTo(read(partner).get("version"));

		Map<String, Object> profile = profileOf(read(partner));
		profile.put("legalName", "Versioned AG");
		Response edited = put("/api/v1/partners/" + partner + "/profile", tokenFor(ADMIN), profile);
		assertThat(edited.json().get("version")).as("after profile edit").isEqualTo(read(partner).get("version"));

		Response activated = post("/api/v1/partners/" + partner + "/status", tokenFor(ADMIN), Map.of("status", "ACTIVE"));
		assertThat(activated.json().get("version")).as("after status change").isEqualTo(read(partner).get("version"));
	}

	@Test
	void ifMatchGuardsProfileEditsToo() {
		String partner = newPartner(unique("Locking Profile Co"));
		String token = newToken(newPerson(partner, "PARTNER_ADMIN"));
		JsonNode before = read(partner);
		long stale = before.get("version").asLong() - 1;

		Response refused = send("PUT", "/api/v1/partners/" + partner + "/profile", token,
				json.writeValueAsString(profileOf(before)), Map.of("If-Match", String.valueOf(stale)));
		Response malformed = send("PUT", "/api/v1/partners/" + partner + "/profile", token,
				json.writeValueAsString(profileOf(before)), Map.of("If-Match", "yesterday"));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("If-Match");
	}

	private JsonNode read(String partnerId) {
		Response read = get("/api/v1/partners/" + partnerId, tokenFor(ADMIN));
		assertThat(read.status()).isEqualTo(200);
		return read.json();
	}

	private static Map<String, Object> profileOf(JsonNode partner) {
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("name", partner.get("name").asString());
		profile.put("legalName", partner.get("legalName").asString());
		profile.put("domains", partner.get("domains"));
		profile.put("addresses", partner.get("addresses"));
		return profile;
	}
}
