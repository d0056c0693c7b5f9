package org.openprm.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;

import tools.jackson.databind.JsonNode;

class AuditTrailTests extends ApiTestSupport {

	@Test
	void recordsEveryChangeWithItsValuesBeforeAndAfter() {
		String oldName = unique("Audited Co");
		String newName = unique("Audited Renamed Co");
		String partner = newPartner(oldName);
		put("/api/v1/partners/" + partner, tokenFor(ADMIN), partnerBody(newName));
		post("/api/v1/partners/" + partner + "/status", tokenFor(ADMIN), Map.of("status", "ACTIVE", "reason", "signed"));
		String email = unique("audited") + "@people.example";
		String user = post("/api/v1/partners/" + partner + "/users", tokenFor(ADMIN),
				Map.of("email", email, "displayName", "Audited Person", "role", "PARTNER_USER")).json().get("id").asString();

		Map<String, JsonNode> byAction = entriesFor(partner);

		assertThat(byAction).containsOnlyKeys("created", "updated", "status-changed");
		JsonNode created = byAction.get("created").get("changes");
		assertThat(created.get("name").get("after").asString()).isEqualTo(oldName);
		assertThat(created.get("type").get("after").asString()).isEqualTo("RESELLER");
		assertThat(created.get("country").get("after").asString()).isEqualTo("DE");
		assertThat(created.get("status").get("after").asString()).isEqualTo("PROSPECT");
		assertThat(created.get("attributes").get("after").asString()).contains("employees");
		JsonNode renamed = byAction.get("updated");
		assertThat(renamed.get("changes").get("name").get("before").asString()).isEqualTo(oldName);
		assertThat(renamed.get("changes").get("name").get("after").asString()).isEqualTo(newName);
		assertThat(renamed.get("actorEmail").asString()).isEqualTo(ADMIN);
		assertThat(renamed.get("partnerId").asString()).isEqualTo(partner);
		assertThat(renamed.get("outcome").asString()).isEqualTo("success");
		JsonNode status = byAction.get("status-changed").get("changes");
		assertThat(status.get("status").get("before").asString()).isEqualTo("PROSPECT");
		assertThat(status.get("status").get("after").asString()).isEqualTo("ACTIVE");
		assertThat(status.get("reason").get("after").asString()).isEqualTo("signed");
		assertThat(entriesFor(user).get("invited").get("changes").get("email").get("after").asString()).isEqualTo(email);
	}

	@Test
	void writesADeniedEntryWhenSomeoneAsksForAnotherPartnersRecord() {
		String partner = newPartner(unique("Guarded Co"));

		assertThat(get("/api/v1/partners/" + partner, tokenFor(BOB)).status()).isEqualTo(404);

		JsonNode denied = entriesFor(partner).get("denied");
		assertThat(denied).isNotNull();
		assertThat(denied.get("outcome").asString()).isEqualTo("denied");
		assertThat(denied.get("actorEmail").asString()).isEqualTo(BOB);
		assertThat(denied.get("partnerId").asString()).isEqualTo(partnerId("Contoso Networks"));
		assertThat(denied.get("changes").get("operation").get("after").asString()).isEqualTo("read");
	}

	@Test
	void exportsTheTrailAsCsvWithFormulasDefused() throws IOException {
		String name = unique("=HYPERLINK(\"http://evil.example\",\"x\")");
		String partner = newPartner(name);

		Response export = get("/api/v1/audit/export?subjectId=" + partner, tokenFor(ADMIN));

		assertThat(export.status()).isEqualTo(200);
		assertThat(export.header("Content-Type")).startsWith("text/csv");
		List<CSVRecord> rows = csv(export.body());
		assertThat(rows).hasSize(1);
		CSVRecord created = rows.get(0);
		assertThat(created.get("subjectId")).isEqualTo(partner);
		assertThat(created.get("action")).isEqualTo("created");
		assertThat(created.get("actor")).isEqualTo(ADMIN);
		assertThat(json.readTree(created.get("changes")).get("name").get("after").asString()).isEqualTo(name);
		assertNoCellStartsAFormula(rows);
	}

	@Test
	void exportsAnActorWhoseAddressLooksLikeAFormulaAsText() throws IOException {
		String partner = newPartner(unique("Formula Actor Co"));
		Person person = newPerson(partner, "PARTNER_ADMIN");
		Person formula = newPersonWithEmail(partner, "=cmd-" + unique("x") + "@people.example");
		Response edited = put("/api/v1/partners/" + partner + "/profile", newToken(formula),
				Map.of("name", unique("Formula Actor Renamed")));
		assertThat(edited.status()).isEqualTo(200);

		List<CSVRecord> rows = csv(get("/api/v1/audit/export?subjectId=" + partner + "&action=profile-updated",
				tokenFor(ADMIN)).body());

		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("actor")).isEqualTo("'" + formula.email());
		assertNoCellStartsAFormula(rows);
		assertThat(person.email()).doesNotStartWith("=");
	}

	@Test
	void aPartnerAdminSeesOnlyItsOwnOrganisationsEntries() throws IOException {
		String northwind = partnerId("Northwind Systems");
		String contoso = partnerId("Contoso Networks");

		JsonNode own = get("/api/v1/audit?size=200", tokenFor(ALICE)).json();
		JsonNode filteredToOther = get("/api/v1/audit?partnerId=" + contoso, tokenFor(ALICE)).json();
		List<CSVRecord> exported = csv(get("/api/v1/audit/export", tokenFor(ALICE)).body());

		assertThat(own.get("total").asLong()).isPositive();
		assertThat(own.get("items")).allSatisfy(e -> assertThat(e.get("partnerId").asString()).isEqualTo(northwind));
		assertThat(filteredToOther.get("total").asLong()).isZero();
		assertThat(exported).isNotEmpty().allSatisfy(r -> assertThat(r.get("partnerId")).isEqualTo(northwind));
	}

	@Test
	void channelManagersAndPartnerUsersCannotReadTheTrail() {
		for (String email : List.of(CAM, NICK, "tina@contoso.example")) {
			for (String path : List.of("/api/v1/audit", "/api/v1/audit/export")) {
				Response refused = get(path, tokenFor(email));
				assertThat(refused.status()).as("%s on %s", email, path).isEqualTo(403);
				assertThat(refused.header("Content-Type")).as("%s on %s", email, path)
					.startsWith("application/problem+json");
			}
		}
	}

	/** The newest entry per action for one subject, as the vendor admin sees them. */
	private Map<String, JsonNode> entriesFor(String subjectId) {
		Response found = get("/api/v1/audit?size=200&subjectId=" + subjectId, tokenFor(ADMIN));
		assertThat(found.status()).isEqualTo(200);
		Map<String, JsonNode> byAction = new java.util.LinkedHashMap<>();
		found.json().get("items").forEach(e -> byAction.putIfAbsent(e.get("action").asString(), e));
		return byAction;
	}

	private Person newPersonWithEmail(String partnerId, String email) {
		Response invited = post("/api/v1/partners/" + partnerId + "/users", tokenFor(ADMIN),
				Map.of("email", email, "displayName", "Formula", "role", "PARTNER_ADMIN"));
		assertThat(invited.status()).as(invited.body()).isEqualTo(201);
		String path = org.openprm.TestMailServer.invitationPathFor(email);
		identity.acceptInvitation(path.substring(path.lastIndexOf('/') + 1), "formula-password-1");
		return new Person(invited.json().get("id").asString(), email, "formula-password-1", partnerId);
	}

	private static List<CSVRecord> csv(String body) throws IOException {
		return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body))
			.getRecords();
	}

	private static void assertNoCellStartsAFormula(List<CSVRecord> rows) {
		for (CSVRecord row : rows) {
			for (String cell : row) {
				assertThat(cell).as("cell in %s", row).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
					.doesNotStartWith("-").doesNotStartWith("\t").doesNotStartWith("\r");
			}
		}
	}
}
