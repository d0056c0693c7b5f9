package org.openprm.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;
import org.openprm.TestMailServer;

import tools.jackson.databind.JsonNode;

/**
 * Designing a programme over the API: renaming it and its tiers, a tier's terms, the compliance
 * settings; a requirement on a custom attribute; and the partner admin told of a tier change in the
 * portal and by e-mail.
 */
class TierTermsApiTests extends ApiTestSupport {

	@Test
	void vendorStaffRenameAProgrammeAndATierWhilePartnersCannot() {
		String id = programme();
		String tier = tierId(id, 1);

		Response renamed = put("/api/v1/programs/" + id, tokenFor(CAM), Map.of("name", "Renamed Programme",
				"description", "New words", "active", false));
		Response reranked = put("/api/v1/programs/" + id + "/tiers/" + tier, tokenFor(CAM), Map.of("name", "Entry", "rank", 5));

		assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
		assertThat(renamed.json().get("name").asString()).isEqualTo("Renamed Programme");
		assertThat(renamed.json().get("active").asBoolean()).isFalse();
		assertThat(reranked.status()).as(reranked.body()).isEqualTo(200);
		JsonNode tiers = get("/api/v1/programs/" + id + "/tiers", tokenFor(ADMIN)).json();
		assertThat(tiers.valueStream().map(t -> t.get("name").asString() + "/" + t.get("rank").asInt()))
			.containsExactly("Gold/2", "Entry/5");
		assertThat(put("/api/v1/programs/" + id + "/tiers/" + tier, tokenFor(ALICE), Map.of("name", "Mine", "rank", 9))
			.status()).isEqualTo(404);
		assertThat(put("/api/v1/programs/" + id + "/tiers/" + tier, tokenFor(CAM), Map.of("name", "", "rank", 0)).json()
			.toString()).contains("name", "rank");
	}

	@Test
	void aTiersTermsAreReplacedAndReadBackAndBadTermsChangeNothing() {
		String id = programme();
		String gold = tierId(id, 2);
		String terms = "/api/v1/programs/" + id + "/tiers/" + gold + "/terms";

		Response replaced = put(terms, tokenFor(ADMIN), Map.of("requirements", List.of(
				Map.of("metric", "REVENUE_12M", "minimum", 100000, "currency", "eur", "validFrom", "2026-01-01"),
				Map.of("metric", "CERTIFIED_PEOPLE", "qualifier", "technical", "minimum", 2)),
				"benefits", Map.of("discountPercent", 12.5, "mdfAccrualPercent", 3, "dealProtectionDays", 120,
						"leadPriorityWeight", 5, "contentKeys", List.of("gold-kit", "price-list"))));
		Response bad = put(terms, tokenFor(ADMIN), Map.of("requirements", List.of(
				Map.of("metric", "CERTIFIED_PEOPLE", "qualifier", "astronaut", "minimum", 2))));

		assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("requirements[0].qualifier");
		JsonNode read = get(terms, tokenFor(ALICE)).json();
		assertThat(read.get("tier").get("name").asString()).isEqualTo("Gold");
		assertThat(read.get("requirements").valueStream().map(r -> r.get("metric").asString() + "/"
				+ r.get("qualifier").asString() + "/" + r.get("currency").asString()))
			.containsExactlyInAnyOrder("REVENUE_12M//EUR", "CERTIFIED_PEOPLE/TECHNICAL/");
		assertThat(read.get("benefits").get("dealProtectionDays").asInt()).isEqualTo(120);
		assertThat(read.get("benefits").get("contentKeys").valueStream().map(JsonNode::asString))
			.containsExactly("gold-kit", "price-list");
		assertThat(get("/api/v1/programs/" + id + "/tiers/" + tierId(programme(), 1) + "/terms", tokenFor(ADMIN)).status())
			.as("a tier of another programme").isEqualTo(404);
	}

	@Test
	void complianceSettingsAreReadByEveryoneAndChangedByVendorStaffOnly() {
		String id = programme();
		String settings = "/api/v1/programs/" + id + "/compliance-settings";

		JsonNode defaults = get(settings, tokenFor(ALICE)).json();
		Response changed = put(settings, tokenFor(CAM), Map.of("approvalRequired", true, "graceDays", 30, "atRiskPercent", 20));
		Response tooLong = put(settings, tokenFor(CAM), Map.of("approvalRequired", true, "graceDays", 9999, "atRiskPercent", 20));
		Response byPartner = put(settings, tokenFor(ALICE), Map.of("approvalRequired", false, "graceDays", 0, "atRiskPercent", 0));

		assertThat(defaults.get("graceDays").asInt()).isEqualTo(90);
		assertThat(defaults.get("approvalRequired").asBoolean()).isFalse();
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.body()).contains("graceDays");
		assertThat(byPartner.status()).isEqualTo(404);
		JsonNode now = get(settings, tokenFor(ADMIN)).json();
		assertThat(now.get("approvalRequired").asBoolean()).isTrue();
		assertThat(now.get("graceDays").asInt()).isEqualTo(30);
		assertThat(now.get("atRiskPercent").asInt()).isEqualTo(20);
	}

	@Test
	void aCustomAttributeRequirementIsMetByThePartnersAttributeAndTheAdminIsToldOfTheUpgrade() {
		String id = programme();
		put("/api/v1/programs/" + id + "/tiers/" + tierId(id, 2) + "/terms", tokenFor(ADMIN), Map.of("requirements",
				List.of(Map.of("metric", "CUSTOM_ATTRIBUTE", "qualifier", "employees", "minimum", 50))));
		String small = enrolledPartner(id, "12");
		String large = enrolledPartner(id, "250");
		Person admin = newPerson(large, "PARTNER_ADMIN");

		JsonNode smallStatus = status(small, id);
		assertThat(smallStatus.get("missingForNext").get(0).get("shortfall").asInt()).isEqualTo(38);
		assertThat(status(large, id).get("status").asString()).isEqualTo("QUALIFIES_FOR_UPGRADE");

		Response evaluated = post("/api/v1/partners/" + large + "/tier-evaluation", tokenFor(CAM), "");
		assertThat(evaluated.status()).as(evaluated.body()).isEqualTo(200);
		assertThat(evaluated.json().get("changed").asInt()).isEqualTo(1);
		assertThat(status(large, id).get("tierName").asString()).isEqualTo("Gold");
		String programName = get("/api/v1/programs/" + id, tokenFor(ADMIN)).json().get("name").asString();
		String mail = TestMailServer.awaitMailTo(admin.email(), programName);
		assertThat(mail).contains("changed to Gold");
		JsonNode notices = get("/api/v1/notifications", newToken(admin)).json().get("items");
		assertThat(notices.valueStream().map(n -> n.get("subject").asString()))
			.contains("Your tier in " + programName + " is now Gold");
		assertThat(status(small, id).get("tierName").asString()).isEqualTo("Basic");
	}

	private String programme() {
		Response created = post("/api/v1/programs", tokenFor(ADMIN), Map.of("key", unique("terms"), "name", unique("Terms")));
		String id = created.json().get("id").asString();
		post("/api/v1/programs/" + id + "/tiers", tokenFor(ADMIN), Map.of("key", "basic", "name", "Basic", "rank", 1));
		post("/api/v1/programs/" + id + "/tiers", tokenFor(ADMIN), Map.of("key", "gold", "name", "Gold", "rank", 2));
		return id;
	}

	private String tierId(String programId, int rank) {
		return get("/api/v1/programs/" + programId + "/tiers", tokenFor(ADMIN)).json().valueStream()
			.filter(t -> t.get("rank").asInt() == rank).findFirst().orElseThrow().get("id").asString();
	}

	private String enrolledPartner(String programId, String employees) {
		Map<String, Object> body = partnerBody(unique("Attribute Partner"));
		body.put("attributes", Map.of("employees", employees));
		Response created = post("/api/v1/partners", tokenFor(ADMIN), body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String partner = created.json().get("id").asString();
		post("/api/v1/partners/" + partner + "/memberships", tokenFor(ADMIN),
				Map.of("programId", programId, "tierId", tierId(programId, 1)));
		return partner;
	}

	private JsonNode status(String partner, String programId) {
		return get("/api/v1/partners/" + partner + "/tier-status", tokenFor(ADMIN)).json().valueStream()
			.filter(s -> s.get("programId").asString().equals(programId)).findFirst().orElseThrow();
	}
}
