package org.openprm.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * Programmes, tiers and memberships over the API, as vendor staff and as partners.
 */
class ProgramApiTests extends ApiTestSupport {

	@Test
	void vendorStaffCreateAProgrammeWithRankedTiersAndEnrolAPartner() {
		String key = unique("api");
		Response created = post("/api/v1/programs", tokenFor(CAM), Map.of("key", key, "name", "Distribution Plus",
				"description", "For testing"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String programId = created.json().get("id").asString();
		assertThat(created.header("Location")).isEqualTo("/api/v1/programs/" + programId);

		Response gold = post("/api/v1/programs/" + programId + "/tiers", tokenFor(CAM),
				Map.of("key", "gold", "name", "Gold", "rank", 2));
		post("/api/v1/programs/" + programId + "/tiers", tokenFor(CAM), Map.of("key", "basic", "name", "Basic", "rank", 1));
		assertThat(gold.status()).as(gold.body()).isEqualTo(201);
		JsonNode tiers = get("/api/v1/programs/" + programId + "/tiers", tokenFor(ALICE)).json();
		assertThat(tiers.valueStream().map(t -> t.get("name").asString())).containsExactly("Basic", "Gold");

		String partnerId = newPartner(unique("Enrolled Partner"));
		Response enrolled = post("/api/v1/partners/" + partnerId + "/memberships", tokenFor(CAM),
				Map.of("programId", programId, "tierId", gold.json().get("id").asString()));
		assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
		JsonNode memberships = get("/api/v1/partners/" + partnerId + "/memberships", tokenFor(ADMIN)).json();
		assertThat(memberships).hasSize(1);
		assertThat(memberships.get(0).get("programName").asString()).isEqualTo("Distribution Plus");
		assertThat(memberships.get(0).get("tierName").asString()).isEqualTo("Gold");
		assertThat(memberships.get(0).get("tierRank").asInt()).isEqualTo(2);
	}

	@Test
	void aPartnerAdminReadsItsOwnMembershipsButNotAnotherPartners() {
		String northwind = partnerId("Northwind Systems");

		Response own = get("/api/v1/partners/" + northwind + "/memberships", tokenFor(ALICE));
		Response foreign = get("/api/v1/partners/" + northwind + "/memberships", tokenFor(BOB));

		assertThat(own.status()).isEqualTo(200);
		assertThat(own.json().valueStream().map(m -> m.get("programName").asString() + "/" + m.get("tierName").asString()))
			.contains("Reseller/Silver", "Referral/Registered");
		assertThat(foreign.status()).isEqualTo(404);
	}

	@Test
	void partnersCanNeitherDesignProgrammesNorEnrolThemselves() {
		JsonNode reseller = reseller();
		String id = reseller.get("id").asString();
		String northwind = partnerId("Northwind Systems");

		assertThat(post("/api/v1/programs", tokenFor(ALICE), Map.of("key", unique("mine"), "name", "Mine")).status())
			.isEqualTo(404);
		assertThat(put("/api/v1/programs/" + id, tokenFor(ALICE), Map.of("name", "Hijacked")).status()).isEqualTo(404);
		assertThat(post("/api/v1/programs/" + id + "/tiers", tokenFor(ALICE),
				Map.of("key", "diamond", "name", "Diamond", "rank", 9)).status()).isEqualTo(404);
		Response selfEnrol = post("/api/v1/partners/" + northwind + "/memberships", tokenFor(ALICE),
				Map.of("programId", programId("msp"), "tierId", reseller.get("tiers").get(2).get("id").asString()));
		assertThat(selfEnrol.status()).isEqualTo(403);
		assertThat(reseller()).isEqualTo(reseller);
	}

	@Test
	void badInputAnswersAProblemWithTheFieldAndChangesNothing() {
		String programId = reseller().get("id").asString();

		Response duplicateRank = post("/api/v1/programs/" + programId + "/tiers", tokenFor(ADMIN),
				Map.of("key", unique("t"), "name", "Clash", "rank", 1));
		Response badKey = post("/api/v1/programs", tokenFor(ADMIN), Map.of("key", "Not A Key", "name", "Bad"));

		assertThat(duplicateRank.status()).isEqualTo(400);
		assertThat(duplicateRank.body()).contains("rank");
		assertThat(badKey.status()).isEqualTo(400);
		assertThat(badKey.body()).contains("key");
		assertThat(reseller().get("tiers")).hasSize(3);
	}

	@Test
	void theVendorsProgrammePagesShowTheProgrammesAndAreHiddenFromPartners() {
		org.openprm.web.BrowserSession vendor = org.openprm.web.BrowserSession.signIn(baseUrl(), CAM, PASSWORD);
		org.openprm.web.BrowserSession partner = org.openprm.web.BrowserSession.signIn(baseUrl(), ALICE, PASSWORD);
		String id = reseller().get("id").asString();

		assertThat(vendor.get("/programs").body()).contains("Reseller", "MSP", "Referral");
		assertThat(vendor.get("/programs/" + id).body()).contains("Silver", "Gold");
		assertThat(partner.get("/programs").body()).contains("Reseller", "Silver");
		assertThat(partner.get("/programs/" + id).status()).isEqualTo(404);
	}

	private JsonNode reseller() {
		return get("/api/v1/programs/" + programId("reseller"), tokenFor(ADMIN)).json();
	}

	private String programId(String key) {
		return get("/api/v1/programs", tokenFor(ADMIN)).json().valueStream()
			.filter(p -> p.get("key").asString().equals(key)).findFirst().orElseThrow().get("id").asString();
	}
}
