package org.openprm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.web.BrowserSession;

import tools.jackson.databind.JsonNode;

/**
 * Each partner's lifecycle stage follows its application and status changes; vendor staff see the funnel.
 */
class LifecycleTests extends RecruitmentTestSupport {

	@Test
	void anApprovedApplicantIsOnboardingAndASuspendedPartnerInactiveWithItsHistory() {
		String id = submitted(application(company("Lifecycle")));
		String partnerId = post(APPLICATIONS + "/" + id + "/approve", tokenFor(CAM), approval()).json().get("partnerId").asString();

		await().atMost(Duration.ofSeconds(30)).until(() -> stage(partnerId).equals("ONBOARDING"));
		post("/api/v1/partners/" + partnerId + "/status", tokenFor(ADMIN), Map.of("status", "TERMINATED", "reason", "test"));
		await().atMost(Duration.ofSeconds(30)).until(() -> stage(partnerId).equals("INACTIVE"));

		String history = get("/api/v1/partners/" + partnerId + "/lifecycle", tokenFor(ADMIN)).body();
		assertThat(history.indexOf("APPLICANT")).isLessThan(history.indexOf("ONBOARDING"));
		assertThat(history.indexOf("ONBOARDING")).isLessThan(history.indexOf("INACTIVE"));
		String shown = BrowserSession.signIn(baseUrl(), CAM, PASSWORD).get("/partners/" + partnerId + "/lifecycle").body();
		assertThat(shown).as("the history on the partner's overview").contains("Applicant", "application approved",
				"Onboarding", "Inactive", "suspended or terminated");
	}

	@Test
	void aPartnerBecomesActiveWhenItsOnboardingChecklistIsComplete() {
		String programId = post("/api/v1/programs", tokenFor(ADMIN), Map.of("key", unique("kickoff"), "name",
				unique("Kick-off"))).json().get("id").asString();
		post("/api/v1/programs/" + programId + "/tiers", tokenFor(ADMIN), Map.of("key", "member", "name", "Member", "rank", 1));
		Response plan = put("/api/v1/onboarding/plans/" + programId, tokenFor(ADMIN),
				Map.of("steps", java.util.List.of(Map.of("kind", "CUSTOM", "title", "Kick-off call"))));
		assertThat(plan.status()).as(plan.body()).isEqualTo(200);
		String id = submitted(application(company("Kick-off")));
		String partnerId = post(APPLICATIONS + "/" + id + "/approve", tokenFor(CAM), Map.of("programmeId", programId))
			.json().get("partnerId").asString();
		await().atMost(Duration.ofSeconds(30)).until(() -> stage(partnerId).equals("ONBOARDING")
				&& !get("/api/v1/partners/" + partnerId + "/onboarding", tokenFor(ADMIN)).json().isEmpty());
		String task = get("/api/v1/partners/" + partnerId + "/onboarding", tokenFor(ADMIN)).json().get(0).get("tasks").get(0)
			.get("id").asString();

		Response ticked = post("/api/v1/partners/" + partnerId + "/onboarding/tasks/" + task + "/complete", tokenFor(CAM),
				Map.of());

		assertThat(ticked.status()).as(ticked.body()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(30)).until(() -> stage(partnerId).equals("ACTIVE"));
	}

	@Test
	void anActivePartnerThatFallsShortOfItsTierIsAtRiskUntilItMeetsItAgain() {
		String programId = post("/api/v1/programs", tokenFor(ADMIN), Map.of("key", unique("risk"), "name",
				unique("Risky"))).json().get("id").asString();
		String tierId = post("/api/v1/programs/" + programId + "/tiers", tokenFor(ADMIN), Map.of("key", "member", "name",
				"Member", "rank", 1)).json().get("id").asString();
		put("/api/v1/programs/" + programId + "/tiers/" + tierId + "/terms", tokenFor(ADMIN),
				Map.of("requirements", java.util.List.of(Map.of("metric", "WON_DEALS", "minimum", 5))));
		String partnerId = newPartner(unique("Risky Partner"));
		post("/api/v1/partners/" + partnerId + "/status", tokenFor(ADMIN), Map.of("status", "ACTIVE", "reason", "test"));
		post("/api/v1/partners/" + partnerId + "/memberships", tokenFor(ADMIN), Map.of("programId", programId, "tierId", tierId));
		await().atMost(Duration.ofSeconds(30)).until(() -> stage(partnerId).equals("ACTIVE"));

		post("/api/v1/partners/" + partnerId + "/tier-evaluation", tokenFor(ADMIN), Map.of());

		assertThat(stage(partnerId)).isEqualTo("AT_RISK");
		send("POST", "/api/v1/programs/figures/import", tokenFor(ADMIN), "partner,metric,value\n" + partnerId + ",WON_DEALS,6\n",
				Map.of("Content-Type", "text/csv"));
		post("/api/v1/partners/" + partnerId + "/tier-evaluation", tokenFor(ADMIN), Map.of());
		assertThat(stage(partnerId)).isEqualTo("ACTIVE");
	}

	@Test
	void aPartnerSeesItsOwnLifecycleButNoOneElsesAndNotTheFunnel() {
		String northwind = partnerId("Northwind Systems");
		String contoso = partnerId("Contoso Networks");

		assertThat(get("/api/v1/partners/" + northwind + "/lifecycle", tokenFor(ALICE)).status()).isEqualTo(200);
		assertThat(get("/api/v1/partners/" + contoso + "/lifecycle", tokenFor(ALICE)).status()).isEqualTo(404);
		assertThat(get("/api/v1/lifecycle/funnel", tokenFor(ALICE)).status()).isEqualTo(404);
	}

	@Test
	void theFunnelCountsPartnersPerStageAndOpenApplicationsAsApplicants() {
		JsonNode before = get("/api/v1/lifecycle/funnel", tokenFor(CAM)).json();
		submitted(application(company("Funnel")));

		JsonNode after = get("/api/v1/lifecycle/funnel", tokenFor(CAM)).json();

		assertThat(after.get("APPLICANT").asLong()).isEqualTo(before.get("APPLICANT").asLong() + 1);
		assertThat(after.get("ACTIVE").asLong()).isPositive();
		assertThat(BrowserSession.signIn(baseUrl(), CAM, PASSWORD).get("/lifecycle").body()).contains("Onboarding")
			.contains("stage-APPLICANT");
	}

	private String stage(String partnerId) {
		JsonNode history = get("/api/v1/partners/" + partnerId + "/lifecycle", tokenFor(ADMIN)).json();
		return history.get(history.size() - 1).get("stage").asString();
	}
}
