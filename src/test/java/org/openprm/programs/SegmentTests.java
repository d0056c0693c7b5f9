package org.openprm.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * Segments hold exactly the partners their rule describes, follow changes to partners at once, refuse
 * rules that make no sense with the field that is wrong, and are invisible to partners.
 */
class SegmentTests extends ApiTestSupport {

	@Test
	void aSegmentHoldsExactlyThePartnersItsRuleDescribesAndFollowsChangesLive() {
		String tag = unique("seg").toLowerCase();
		String big = partner(tag, "DE", "50");
		String small = partner(tag, "AT", "5");
		partner(tag, "FR", "80");
		Map<String, Object> rule = Map.of("match", "ALL", "conditions", List.of(
				condition("TAG", "IN", tag), Map.of("field", "ATTRIBUTE", "attribute", "employees", "operator", "AT_LEAST",
						"values", List.of("10"))),
				"groups", List.of(Map.of("match", "ANY", "conditions", List.of(condition("COUNTRY", "IN", "DE"),
						condition("COUNTRY", "IN", "at")))));

		Response defined = post("/api/v1/segments", tokenFor(ADMIN), Map.of("name", unique("Large DACH"), "rule", rule));

		assertThat(defined.status()).as(defined.body()).isEqualTo(201);
		String id = defined.json().get("id").asString();
		assertThat(defined.header("Location")).isEqualTo("/api/v1/segments/" + id);
		assertThat(defined.json().get("memberCount").asLong()).isEqualTo(1);
		assertThat(members(id)).containsExactly(big);

		Map<String, Object> grown = partnerBody("unused");
		JsonNode current = get("/api/v1/partners/" + small, tokenFor(ADMIN)).json();
		grown.put("name", current.get("name").asString());
		grown.put("country", "AT");
		grown.put("tags", List.of(tag));
		grown.put("attributes", Map.of("employees", "20"));
		Response updated = send("PUT", "/api/v1/partners/" + small, tokenFor(ADMIN), json.writeValueAsString(grown),
				Map.of("If-Match", "\"" + current.get("version").asLong() + "\""));
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);

		assertThat(members(id)).containsExactlyInAnyOrder(big, small);
		assertThat(get("/api/v1/segments/" + id, tokenFor(ADMIN)).json().get("memberCount").asLong()).isEqualTo(2);
	}

	@Test
	void aTierConditionComparesByRankWithinItsProgrammeOnly() {
		String programId = post("/api/v1/programs", tokenFor(ADMIN), Map.of("key", unique("seg"), "name", unique("Segmented")))
			.json().get("id").asString();
		String registered = tier(programId, "registered", 1);
		String silver = tier(programId, "silver", 2);
		String gold = tier(programId, "gold", 3);
		String otherProgramId = post("/api/v1/programs", tokenFor(ADMIN), Map.of("key", unique("oth"), "name", unique("Other")))
			.json().get("id").asString();
		String otherTop = tier(otherProgramId, "top", 9);
		String tag = unique("tier").toLowerCase();
		String atGold = enrolled(partner(tag, "DE", "1"), programId, gold);
		String atSilver = enrolled(partner(tag, "DE", "1"), programId, silver);
		enrolled(partner(tag, "DE", "1"), programId, registered);
		enrolled(partner(tag, "DE", "1"), otherProgramId, otherTop);

		Response preview = post("/api/v1/segments/preview", tokenFor(ADMIN), Map.of("match", "ALL", "conditions",
				List.of(condition("TAG", "IN", tag), condition("TIER", "AT_LEAST", silver))));

		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		preview.json().get("items").forEach(m -> ids.add(m.get("partnerId").asString()));
		assertThat(ids).containsExactlyInAnyOrder(atGold, atSilver);
		Response inProgramme = post("/api/v1/segments/preview", tokenFor(ADMIN), Map.of("match", "ALL", "conditions",
				List.of(condition("TAG", "IN", tag), condition("PROGRAM", "NOT_IN", programId))));
		assertThat(inProgramme.json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void scoresAndComplianceSelectPartnersByTheirFiguresAndTheirTierStatus() {
		String tag = unique("score").toLowerCase();
		String happy = partner(tag, "DE", "1");
		String unhappy = partner(tag, "DE", "1");
		Response imported = send("POST", "/api/v1/programs/figures/import", tokenFor(ADMIN), "partner,metric,value\n"
				+ happy + ",CUSTOMER_SATISFACTION,9\n" + unhappy + ",CUSTOMER_SATISFACTION,5\n", Map.of("Content-Type", "text/csv"));
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		String programId = post("/api/v1/programs", tokenFor(ADMIN), Map.of("key", unique("csat"), "name", unique("Csat")))
			.json().get("id").asString();
		String member = tier(programId, "member", 1);
		put("/api/v1/programs/" + programId + "/tiers/" + member + "/terms", tokenFor(ADMIN),
				Map.of("requirements", List.of(Map.of("metric", "CUSTOMER_SATISFACTION", "minimum", 7))));
		enrolled(happy, programId, member);
		enrolled(unhappy, programId, member);
		post("/api/v1/partners/" + unhappy + "/tier-evaluation", tokenFor(ADMIN), Map.of());

		Response satisfied = post("/api/v1/segments/preview", tokenFor(ADMIN), Map.of("conditions", List.of(
				condition("TAG", "IN", tag), Map.of("field", "FIGURE", "attribute", "CUSTOMER_SATISFACTION", "operator",
						"AT_LEAST", "values", List.of("8")))));
		Response atRisk = post("/api/v1/segments/preview", tokenFor(ADMIN), Map.of("conditions", List.of(
				condition("TAG", "IN", tag), condition("COMPLIANCE", "IN", "AT_RISK", "DOWNGRADE_DUE"))));
		Response noMetric = post("/api/v1/segments/preview", tokenFor(ADMIN), Map.of("conditions", List.of(
				Map.of("field", "FIGURE", "attribute", "HAPPINESS", "operator", "AT_LEAST", "values", List.of("8")))));

		assertThat(satisfied.json().get("items").get(0).get("partnerId").asString()).isEqualTo(happy);
		assertThat(satisfied.json().get("total").asLong()).isEqualTo(1);
		assertThat(atRisk.json().get("total").asLong()).as(atRisk.body()).isEqualTo(1);
		assertThat(atRisk.json().get("items").get(0).get("partnerId").asString()).isEqualTo(unhappy);
		assertThat(noMetric.json().get("errors").get(0).get("field").asString()).isEqualTo("rule.conditions[0].attribute");
	}

	@Test
	void thePreviewCountsARuleWithoutSavingIt() {
		String tag = unique("prev").toLowerCase();
		partner(tag, "DE", "1");
		partner(tag, "DE", "2");

		Response preview = post("/api/v1/segments/preview", tokenFor(ADMIN),
				Map.of("match", "ALL", "conditions", List.of(condition("TAG", "IN", tag))));

		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		assertThat(preview.json().get("total").asLong()).isEqualTo(2);
		assertThat(preview.json().get("items")).hasSize(2);
	}

	@Test
	void refusesARuleThatMakesNoSenseNamingTheFieldAndSavesNothing() {
		String name = unique("Broken");
		Map<String, Object> rule = Map.of("match", "ANY", "conditions", List.of(condition("COUNTRY", "IN", "Germany"),
				Map.of("field", "ATTRIBUTE", "attribute", "no_such_thing", "operator", "IN", "values", List.of("x"))));

		Response refused = post("/api/v1/segments", tokenFor(ADMIN), Map.of("name", name, "rule", rule));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		List<String> fields = new ArrayList<>();
		refused.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).containsExactly("rule.conditions[0].values", "rule.conditions[1].attribute");
		assertThat(get("/api/v1/segments", tokenFor(ADMIN)).body()).doesNotContain(name);
	}

	@Test
	void twoSegmentsCannotShareAName() {
		String name = unique("Twice");
		Map<String, Object> rule = Map.of("conditions", List.of(condition("COUNTRY", "IN", "DE")));
		assertThat(post("/api/v1/segments", tokenFor(ADMIN), Map.of("name", name, "rule", rule)).status()).isEqualTo(201);

		Response again = post("/api/v1/segments", tokenFor(ADMIN), Map.of("name", name.toUpperCase(), "rule", rule));

		assertThat(again.status()).isEqualTo(400);
		assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
	}

	@Test
	void partnersNeverSeeSegmentsNorWhoIsInThem() {
		Response defined = post("/api/v1/segments", tokenFor(ADMIN),
				Map.of("name", unique("Vendor only"), "rule", Map.of("conditions", List.of(condition("COUNTRY", "IN", "DE")))));
		String id = defined.json().get("id").asString();

		assertThat(get("/api/v1/segments", tokenFor(BOB)).status()).isEqualTo(404);
		assertThat(get("/api/v1/segments/" + id, tokenFor(BOB)).status()).isEqualTo(404);
		assertThat(get("/api/v1/segments/" + id + "/members", tokenFor(BOB)).status()).isEqualTo(404);
		assertThat(delete("/api/v1/segments/" + id, tokenFor(BOB)).status()).isEqualTo(404);
		assertThat(get("/api/v1/segments/" + id, tokenFor(ADMIN)).status()).isEqualTo(200);
	}

	private String partner(String tag, String country, String employees) {
		Map<String, Object> body = partnerBody(unique("Segment Co"));
		body.put("country", country);
		body.put("tags", List.of(tag));
		body.put("attributes", Map.of("employees", employees));
		Response created = post("/api/v1/partners", tokenFor(ADMIN), body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private String tier(String programId, String key, int rank) {
		Response created = post("/api/v1/programs/" + programId + "/tiers", tokenFor(ADMIN),
				Map.of("key", key, "name", key, "rank", rank));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private String enrolled(String partnerId, String programId, String tierId) {
		Response enrolled = post("/api/v1/partners/" + partnerId + "/memberships", tokenFor(ADMIN),
				Map.of("programId", programId, "tierId", tierId));
		assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
		return partnerId;
	}

	private List<String> members(String segmentId) {
		List<String> ids = new ArrayList<>();
		get("/api/v1/segments/" + segmentId + "/members?size=200", tokenFor(ADMIN)).json().get("items")
			.forEach(m -> ids.add(m.get("partnerId").asString()));
		return ids;
	}

	static Map<String, Object> condition(String field, String operator, String... values) {
		return Map.of("field", field, "operator", operator, "values", List.of(values));
	}
}
