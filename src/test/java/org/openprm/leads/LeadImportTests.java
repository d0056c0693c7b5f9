package org.openprm.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.Multipart;

import tools.jackson.databind.JsonNode;

/**
 * CSV import with a column mapping and a per-row report, capacities that partners above them are
 * skipped for, and the simulation that routes without assigning.
 */
class LeadImportTests extends LeadTestSupport {

	@Test
	void importsGoodRowsRoutesThemAndReportsEachBadRowWithItsProblem() {
		String capability = capability();
		String partner = activePartner("Importer", capability, 52.5, 13.4);
		String good = company("Imported");
		String csv = "Firma,E-Mail,country,productInterest,latitude,longitude,source,companySize\n"
				+ good + ",kim@imported.example,DE," + capability + ",52.5,13.4,referral,800\n"
				+ ",nobody@x.example,DE," + capability + ",,,web,\n"
				+ company("Broken") + ",not-mail,Germany," + capability + ",abc,,web,\n";

		JsonNode report = importCsv(csv, "Firma=company,E-Mail=email").json();

		assertThat(report.get("rows").asInt()).isEqualTo(3);
		assertThat(report.get("received").asInt()).isEqualTo(1);
		assertThat(report.get("routed").asInt()).isEqualTo(1);
		assertThat(report.get("problems").toString()).contains("\"row\":2,\"field\":\"company\"")
			.contains("\"row\":3,\"field\":\"latitude\"");
		String id = report.get("leadIds").get(0).asString();
		assertThat(get(LEADS + "/" + id, tokenFor(ADMIN)).json().get("assignedPartnerId").asString()).isEqualTo(partner);
	}

	@Test
	void anImportLinksRepeatedCompaniesInTheFileAndOpenLeadsAndTellsEachPartnerOnceHowManyItGot() {
		String capability = capability();
		String partner = activePartner("Batch", capability, 52.5, 13.4);
		String token = newToken(newPerson(partner, "PARTNER_ADMIN"));
		String open = company("Open");
		String existing = post(LEADS, tokenFor(ADMIN), lead(open, capability)).json().get("id").asString();
		String repeated = company("Repeated");
		String row = ",kim@batch.example,DE," + capability + ",52.5,13.4,referral,800\n";
		String csv = "company,email,country,productInterest,latitude,longitude,source,companySize\n" + open + row
				+ repeated + row + repeated.toUpperCase(java.util.Locale.ROOT) + row + company("Single") + row;

		JsonNode report = importCsv(csv, null).json();

		assertThat(report.get("received").asInt()).isEqualTo(4);
		assertThat(report.get("routed").asInt()).isEqualTo(2);
		List<JsonNode> leads = report.get("leadIds").valueStream()
			.map(id -> get(LEADS + "/" + id.asString(), tokenFor(ADMIN)).json()).toList();
		assertThat(leads.get(0).get("duplicateOf").asString()).isEqualTo(existing);
		assertThat(leads.get(1).get("assignedPartnerId").asString()).isEqualTo(partner);
		assertThat(leads.get(2).get("duplicateOf").asString()).isEqualTo(leads.get(1).get("id").asString());
		assertThat(leads.get(3).get("status").asString()).isEqualTo("OFFERED");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(subjects(token)).contains("2 new leads"));
		assertThat(subjects(token)).noneMatch(subject -> subject.contains(repeated));
	}

	private List<String> subjects(String token) {
		return get("/api/v1/notifications?size=100", token).json().get("items").valueStream()
			.map(n -> n.get("subject").asString()).toList();
	}

	@Test
	void aPartnerAtCapacityIsSkippedAndItsAdminMaySetCapacityOnlyWithinTheLimit() {
		String capability = capability();
		String full = activePartner("Full", capability, 52.5, 13.4);
		String free = activePartner("Free", capability, 48.1, 11.6);
		Person admin = newPerson(full, "PARTNER_ADMIN");
		String token = newToken(admin);
		assertThat(put("/api/v1/partners/" + full + "/lead-capacity", token, Map.of("capacity", 500)).status())
			.isEqualTo(400);
		assertThat(put("/api/v1/partners/" + full + "/lead-capacity", token, Map.of("capacity", 0)).json()
			.get("overloaded").asBoolean()).as("at capacity with no room left").isTrue();

		JsonNode lead = post(LEADS, tokenFor(ADMIN), lead(company("Capacity"), capability)).json();

		assertThat(lead.get("assignedPartnerId").asString()).isEqualTo(free);
		JsonNode explanation = get(LEADS + "/" + lead.get("id").asString() + "/routing", tokenFor(ADMIN)).json();
		assertThat(explanation.get("filtered").get("capacity").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(post(LEADS + "/simulation?status=OFFERED", tokenFor(ADMIN), Map.of()).json().get("leads").asInt())
			.isPositive();
		assertThat(post(LEADS + "/simulation", token, Map.of()).status()).isEqualTo(403);
	}

	private Response importCsv(String csv, String mapping) {
		Multipart upload = Multipart.file("leads.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		String path = LEADS + "/import" + (mapping == null ? "" : "?mapping=" + java.net.URLEncoder.encode(mapping,
				StandardCharsets.UTF_8));
		return send("POST", path, tokenFor(ADMIN), new String(upload.body(), StandardCharsets.UTF_8),
				Map.of("Content-Type", upload.contentType()));
	}
}
