package org.openprm.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;
import org.openprm.web.BrowserSession;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Tier compliance pages for vendor staff: compliance settings with errors next to the field,
 * evaluating everyone, terms that refuse a bad minimum without saving, and tier changes waiting for
 * approval decided from their list; partner users find none of these pages.
 */
class TierCompliancePortalTests extends ApiTestSupport {

	@Autowired
	ComplianceJob job;

	@Test
	void complianceSettingsAreSavedAndABadValueIsShownNextToItsField() {
		String id = programme();
		BrowserSession admin = BrowserSession.signIn(baseUrl(), ADMIN, PASSWORD);
		String page = "/programs/" + id;

		BrowserSession.Page bad = admin.submit(page, page + "/compliance", Map.of("approvalRequired", "true",
				"graceDays", "1000", "atRiskPercent", "15"));
		BrowserSession.Page saved = admin.submit(page, page + "/compliance", Map.of("approvalRequired", "true",
				"graceDays", "45", "atRiskPercent", "15"));
		BrowserSession.Page evaluated = admin.submit(page, page + "/evaluations", Map.of());

		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.body()).containsPattern("id=\"graceDays\"[^>]*value=\"1000\"[^>]*is-invalid|is-invalid[^>]*id=\"graceDays\"")
			.contains("must be less than or equal to 730");
		assertThat(saved.status()).isEqualTo(302);
		JsonNode settings = get("/api/v1/programs/" + id + "/compliance-settings", tokenFor(ADMIN)).json();
		assertThat(settings.get("graceDays").asInt()).isEqualTo(45);
		assertThat(settings.get("approvalRequired").asBoolean()).isTrue();
		assertThat(evaluated.status()).isEqualTo(302);
		assertThat(admin.get(java.net.URI.create(evaluated.location()).getPath()).body()).contains("memberships evaluated");
	}

	@Test
	void aTierWithABadMinimumIsNotSavedAndTheErrorStandsNextToTheRow() {
		String id = programme();
		String gold = tier(id, 2);
		BrowserSession admin = BrowserSession.signIn(baseUrl(), ADMIN, PASSWORD);
		String page = "/programs/" + id + "/tiers/" + gold;

		BrowserSession.Page refused = admin.submit(page, page + "/terms", Map.of("action", "save",
				"requirements[0].metric", "WON_DEALS", "requirements[0].minimum", "many",
				"benefits.discountPercent", "5", "benefits.mdfAccrualPercent", "0", "benefits.dealProtectionDays", "90",
				"benefits.leadPriorityWeight", "1"));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("requirements0.minimum").contains("value=\"many\"").contains("is-invalid");
		assertThat(get("/api/v1/programs/" + id + "/tiers/" + gold + "/terms", tokenFor(ADMIN)).json().get("requirements"))
			.isEmpty();
	}

	@Test
	void aDowngradeWaitingForApprovalIsListedAndApprovedThere() {
		String id = programme();
		put("/api/v1/programs/" + id + "/compliance-settings", tokenFor(ADMIN),
				Map.of("approvalRequired", true, "graceDays", 10, "atRiskPercent", 10));
		put("/api/v1/programs/" + id + "/tiers/" + tier(id, 2) + "/terms", tokenFor(ADMIN),
				Map.of("requirements", List.of(Map.of("metric", "WON_DEALS", "minimum", 5))));
		String name = unique("Failing Partner");
		String partner = newPartner(name);
		post("/api/v1/partners/" + partner + "/memberships", tokenFor(ADMIN), Map.of("programId", id, "tierId", tier(id, 2)));
		Instant now = Instant.now();
		job.runAt(now);
		job.runAt(now.plus(Duration.ofDays(11)));
		BrowserSession cam = BrowserSession.signIn(baseUrl(), CAM, PASSWORD);

		String list = cam.get("/programs/tier-changes").body();
		assertThat(list).contains(name).contains("Gold → Basic").as("the demo's pending downgrade").contains("Rhein Netzwerke");
		BrowserSession.Page approved = cam.submit("/programs/tier-changes",
				"/programs/tier-changes/" + partner + "/" + id + "/approve", Map.of());

		assertThat(approved.location()).endsWith("/programs/tier-changes");
		assertThat(cam.get("/programs/tier-changes").body()).doesNotContain(name);
		assertThat(cam.get("/partners/" + partner + "/tiers").body()).contains("Tiers of " + name)
			.contains("Gold → ").contains("class=\"current-tier\">Basic<").contains("Evaluate now");
	}

	@Test
	void partnerUsersFindNoneOfTheVendorsCompliancePages() {
		BrowserSession alice = BrowserSession.signIn(baseUrl(), ALICE, PASSWORD);
		String northwind = partnerId("Northwind Systems");

		for (String page : List.of("/programs/tier-changes", "/programs/figures", "/programs/what-if",
				"/programs/what-if?partnerId=" + northwind, "/partners/" + northwind + "/tiers")) {
			assertThat(alice.get(page).status()).as(page).isEqualTo(404);
		}
		assertThat(alice.submit("/my/tiers", "/partners/" + northwind + "/tiers/evaluate", Map.of()).status())
			.isEqualTo(404);
	}

	private String programme() {
		String id = post("/api/v1/programs", tokenFor(ADMIN), Map.of("key", unique("portal"), "name", unique("Portal")))
			.json().get("id").asString();
		post("/api/v1/programs/" + id + "/tiers", tokenFor(ADMIN), Map.of("key", "basic", "name", "Basic", "rank", 1));
		post("/api/v1/programs/" + id + "/tiers", tokenFor(ADMIN), Map.of("key", "gold", "name", "Gold", "rank", 2));
		return id;
	}

	private String tier(String programId, int rank) {
		return get("/api/v1/programs/" + programId + "/tiers", tokenFor(ADMIN)).json().valueStream()
			.filter(t -> t.get("rank").asInt() == rank).findFirst().orElseThrow().get("id").asString();
	}
}
