package org.openprm.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;
import org.openprm.identity.CurrentActor;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Tier compliance end to end: figures imported by CSV, the nightly job run at chosen times, automatic
 * upgrades, a grace period before a downgrade that waits for the vendor's approval, and what a partner
 * sees of it.
 */
class TierComplianceTests extends ApiTestSupport {

	@Autowired
	ComplianceJob job;

	@Autowired
	ProgramCatalogue catalogue;

	@Autowired
	ProgramManagement programs;

	@Autowired
	TierRequirements terms;

	@Test
	void aPartnerSeesWhyItIsInItsTierAndWhatItStillNeedsButNotAnotherPartnersStatus() {
		String northwind = partnerId("Northwind Systems");

		Response own = get("/api/v1/partners/" + northwind + "/tier-status", tokenFor(ALICE));
		Response foreign = get("/api/v1/partners/" + northwind + "/tier-status", tokenFor(BOB));

		assertThat(own.status()).isEqualTo(200);
		JsonNode reseller = own.json().valueStream().filter(s -> s.get("programName").asString().equals("Reseller"))
			.findFirst().orElseThrow();
		assertThat(reseller.get("tierName").asString()).isEqualTo("Silver");
		assertThat(reseller.get("checks")).hasSize(3);
		assertThat(reseller.get("nextTierName").asString()).isEqualTo("Gold");
		assertThat(reseller.get("missingForNext").valueStream().map(c -> c.get("requirement").get("metric").asString()))
			.containsExactlyInAnyOrder("REVENUE_12M", "CERTIFIED_PEOPLE");
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(get("/api/v1/partners/" + northwind + "/tier-history", tokenFor(BOB)).status()).isEqualTo(404);
	}

	@Test
	void theNightlyJobUpgradesAtOnceAndDowngradesAfterTheGracePeriodWithApproval() {
		String partner = newPartner(unique("Compliance Partner"));
		ProgramView programme = programme();
		UUID basic = programme.tiers().get(0).id();
		UUID gold = programme.tiers().get(1).id();
		CurrentActor.runAsSystem(() -> programs.enrol(UUID.fromString(partner), programme.id(), basic));

		Response imported = send("POST", "/api/v1/programs/figures/import", tokenFor(ADMIN),
				"partner,metric,qualifier,value,currency,period\n" + partner + ",WON_DEALS,,6,,2026\n"
						+ partner + ",NO_SUCH_METRIC,,1,,2026\n", Map.of("Content-Type", "text/csv"));
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(imported.json().get("imported").asInt()).isEqualTo(1);
		assertThat(imported.json().get("errors").get(0).get("line").asInt()).isEqualTo(3);

		Instant now = Instant.now();
		job.runAt(now);
		assertThat(tier(partner, programme)).isEqualTo("Gold");

		CurrentActor.runAsSystem(() -> terms.configure(programme.id(), new TierRequirements.ComplianceSettings(true, 90, 10)));
		send("POST", "/api/v1/programs/figures/import", tokenFor(ADMIN),
				"partner,metric,value\n" + partner + ",WON_DEALS,1\n", Map.of("Content-Type", "text/csv"));
		job.runAt(now.plus(Duration.ofDays(1)));
		assertThat(status(partner, programme).get("status").asString()).isEqualTo("AT_RISK");
		job.runAt(now.plus(Duration.ofDays(92)));
		JsonNode due = status(partner, programme);
		assertThat(tier(partner, programme)).isEqualTo("Gold");
		assertThat(due.get("pendingTierName").asString()).isEqualTo("Basic");

		Response approved = post("/api/v1/partners/" + partner + "/memberships/" + programme.id() + "/tier-change/approve",
				tokenFor(CAM), "");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(tier(partner, programme)).isEqualTo("Basic");
		JsonNode history = get("/api/v1/partners/" + partner + "/tier-history", tokenFor(ADMIN)).json();
		assertThat(history.valueStream().map(h -> h.get("toTierName").asString())).containsExactly("Basic", "Gold", "Basic");
		assertThat(post("/api/v1/partners/" + partner + "/memberships/" + programme.id() + "/tier-change/approve",
				tokenFor(CAM), "").status()).isEqualTo(409);
	}

	@Test
	void theWhatIfShowsTheStatusWithChangedFiguresWithoutSavingThem() {
		String northwind = partnerId("Northwind Systems");

		Response whatIf = post("/api/v1/partners/" + northwind + "/what-if", tokenFor(CAM), List.of(
				Map.of("metric", "REVENUE_12M", "value", 260000, "currency", "EUR"),
				Map.of("metric", "CERTIFIED_PEOPLE", "qualifier", "SALES", "value", 4)));

		assertThat(whatIf.status()).as(whatIf.body()).isEqualTo(200);
		assertThat(whatIf.json().valueStream().filter(s -> s.get("programName").asString().equals("Reseller"))
			.findFirst().orElseThrow().get("status").asString()).isEqualTo("QUALIFIES_FOR_UPGRADE");
		assertThat(post("/api/v1/partners/" + northwind + "/what-if", tokenFor(ALICE), List.of()).status()).isEqualTo(404);
		assertThat(get("/api/v1/partners/" + northwind + "/tier-status", tokenFor(ALICE)).json().valueStream()
			.filter(s -> s.get("programName").asString().equals("Reseller")).findFirst().orElseThrow()
			.get("status").asString()).isNotEqualTo("QUALIFIES_FOR_UPGRADE");
	}

	@Test
	void thePartnersTierPageSaysWhatIsMissingForTheNextTier() {
		org.openprm.web.BrowserSession alice = org.openprm.web.BrowserSession.signIn(baseUrl(), ALICE, PASSWORD);

		String page = alice.get("/my/tiers").body();

		assertThat(page).contains("Why you are in Silver", "2 more certified Sales people", "40,000 EUR more revenue",
				"for Gold");
	}

	private ProgramView programme() {
		return CurrentActor.runAsSystem(() -> {
			ProgramView p = catalogue.define(new ProgramDraft(unique("compliance"), unique("Compliance"), null, true));
			catalogue.addTier(p.id(), new TierDraft("basic", "Basic", 1));
			TierView gold = catalogue.addTier(p.id(), new TierDraft("gold", "Gold", 2));
			terms.replace(p.id(), gold.id(), List.of(new Requirement(null, null, Metric.WON_DEALS, "",
					java.math.BigDecimal.valueOf(5), null, null, null, null)), null);
			return programs.program(p.id());
		});
	}

	private JsonNode status(String partner, ProgramView programme) {
		return get("/api/v1/partners/" + partner + "/tier-status", tokenFor(ADMIN)).json().valueStream()
			.filter(s -> s.get("programId").asString().equals(programme.id().toString())).findFirst().orElseThrow();
	}

	private String tier(String partner, ProgramView programme) {
		return status(partner, programme).get("tierName").asString();
	}
}
