package org.openprm.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.openprm.identity.CurrentActor;
import org.openprm.shared.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

class ConflictDetectionTests extends DealTestSupport {

	private static final String CHECK = DEALS + "/conflict-check";

	@Autowired
	DealManagement deals;

	@Autowired
	JdbcClient jdbc;

	@Test
	void vendorStaffSeeCandidatesWithReasonsAndPartnersOnlyThatAConflictExists() {
		String name = companyName("Globex");
		Map<String, Object> customer = customer(name);
		String first = registered(tokenFor(ALICE), registration(customer));
		Map<String, Object> similar = customer(name.replace(" GmbH", " Corporation"));
		similar.put("domain", "www.sales." + customer.get("domain"));

		Response asVendor = post(CHECK, tokenFor(CAM), Map.of("customer", similar));
		Response asPartner = post(CHECK, tokenFor(BOB), Map.of("customer", similar));

		JsonNode candidate = asVendor.json().get("candidates").get(0);
		assertThat(asVendor.json().has("possibleConflict")).isFalse();
		assertThat(candidate.get("kind").asString()).isEqualTo("REGISTRATION");
		assertThat(candidate.get("id").asString()).isEqualTo(first);
		assertThat(candidate.get("score").asDouble()).isBetween(0.5, 1.0);
		assertThat(candidate.get("reasons").toString()).contains("same domain " + customer.get("domain"));
		assertThat(asPartner.json().properties()).hasSize(1);
		assertThat(asPartner.json().get("possibleConflict").asBoolean()).isTrue();
		assertThat(asPartner.body()).doesNotContain(first).doesNotContain(name);
	}

	@Test
	void manyCustomersCheckedAtOnceGetTheCandidatesEachWouldGetAlone() {
		String name = companyName("Bulk");
		Map<String, Object> customer = customer(name);
		String first = registered(tokenFor(ALICE), registration(customer));
		EndCustomer hit = new EndCustomer(name.replace(" GmbH", " AG"), null, "DE", null, null, null, null,
				(String) customer.get("contactEmail"), null);
		EndCustomer miss = new EndCustomer(companyName("Nobody"), null, "FR", null, null, null, null, null, null);

		List<List<ConflictCandidate>> found = CurrentActor.runAsSystem(() -> deals.conflictCandidates(List.of(hit, miss)));

		assertThat(found.get(0)).extracting(c -> c.id().toString()).contains(first);
		assertThat(found.get(0)).isEqualTo(CurrentActor.runAsSystem(() -> deals.checkConflicts(hit)).candidates());
		assertThat(found.get(1)).isEmpty();
		assertThatThrownBy(() -> CurrentActor.runAsSystem(() -> deals.conflictCandidates(List.of(new EndCustomer(name,
				null, "Germany", null, null, null, null, null, null))))).isInstanceOf(InvalidInput.class);
	}

	@Test
	void registrationsIndexedBeforeProfilesWereStoredAreStillFound() {
		String name = companyName("Older Index");
		Map<String, Object> customer = customer(name);
		String first = registered(tokenFor(ALICE), registration(customer));
		jdbc.sql("UPDATE deal_match_records SET profile = NULL WHERE record_id = ?").param(java.util.UUID.fromString(first))
			.update();

		Response asVendor = post(CHECK, tokenFor(CAM), Map.of("customer", customer(name)));

		assertThat(asVendor.json().get("candidates").get(0).get("id").asString()).isEqualTo(first);
		assertThat(asVendor.json().get("candidates").get(0).get("score").asDouble()).isEqualTo(1.0);
	}

	@Test
	void aPartnersOwnRegistrationsAreNoConflictForIt() {
		Map<String, Object> customer = customer(companyName("Own Customer"));
		registered(tokenFor(ALICE), registration(customer));

		assertThat(post(CHECK, tokenFor(NICK), Map.of("customer", customer)).json().get("possibleConflict").asBoolean())
			.isFalse();
		assertThat(post(CHECK, tokenFor(BOB), Map.of("customer", customer)).json().get("possibleConflict").asBoolean())
			.isTrue();
	}

	@Test
	void importedAccountsAreCheckedAtOnceAndUpsertedByExternalId() {
		String name = companyName("Initech");
		String domain = name.split(" ")[1].toLowerCase() + ".org";
		String csv = "external_id,name,domain,country,city,postal_code,street,phone\n"
				+ "CRM-" + domain + "," + name + "," + domain + ",US,Austin,73301,1 Main St,+1 512 555 0100\n"
				+ ",No Id Inc,,US,,,,\n" + "CRM-bad-" + domain + ",Bad Domain Inc,not a domain,US,,,,\n";

		Response imported = send("POST", "/api/v1/accounts/import", tokenFor(ADMIN), csv, Map.of("Content-Type", "text/csv"));
		Response again = send("POST", "/api/v1/accounts/import", tokenFor(ADMIN), csv.replace("Austin", "Dallas"),
				Map.of("Content-Type", "text/csv"));

		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(imported.json().get("created").asInt()).isEqualTo(1);
		assertThat(imported.json().get("errors").toString()).contains("\"row\":2").contains("external_id")
			.contains("\"row\":3").contains("domain");
		assertThat(again.json().get("created").asInt()).isZero();
		assertThat(again.json().get("updated").asInt()).isEqualTo(1);
		JsonNode candidate = post(CHECK, tokenFor(CAM), Map.of("customer", Map.of("name", name, "domain",
				"https://shop." + domain + "/x", "country", "US"))).json().get("candidates").get(0);
		assertThat(candidate.get("kind").asString()).isEqualTo("ACCOUNT");
		assertThat(candidate.get("externalId").asString()).isEqualTo("CRM-" + domain);
	}

	@Test
	void partnersCannotImportAccounts() {
		Response refused = send("POST", "/api/v1/accounts/import", tokenFor(ALICE),
				"external_id,name,domain,country,city,postal_code,street,phone\nX,Y,,US,,,,\n",
				Map.of("Content-Type", "text/csv"));

		assertThat(refused.status()).isEqualTo(404);
	}

	@Test
	void theConflictFoundAtSubmissionIsStoredForTheReviewer() {
		Map<String, Object> customer = customer(companyName("Stored Conflict"));
		String first = registered(tokenFor(ALICE), registration(customer));

		Response second = register(tokenFor(BOB), registration(customer));

		assertThat(second.json().get("possibleConflict").asBoolean()).isTrue();
		assertThat(second.json().get("firstToRegister").asBoolean()).isFalse();
		assertThat(second.json().has("conflicts")).isFalse();
		JsonNode reviewed = get(DEALS + "/" + second.json().get("id").asString(), tokenFor(CAM)).json();
		assertThat(reviewed.get("conflicts").get(0).get("id").asString()).isEqualTo(first);
	}

	@Test
	void amongConcurrentRegistrationsForTheSameCustomerExactlyOneIsFirst() throws Exception {
		Map<String, Object> body = registration(customer(companyName("Race")));
		// A token per thread: one token used by many requests at once is not what this test is about.
		List<String> tokens = new ArrayList<>();
		for (String email : List.of(ALICE, BOB, DANA, NICK)) {
			for (int i = 0; i < 4; i++) {
				tokens.add(newToken(email, PASSWORD));
			}
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Callable<Response>> submissions = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			String token = tokens.get(i % tokens.size());
			submissions.add(() -> register(token, body));
		}
		try {
			List<Boolean> first = new ArrayList<>();
			for (Future<Response> result : pool.invokeAll(submissions)) {
				Response response = result.get();
				assertThat(response.status()).as(response.body()).isEqualTo(201);
				first.add(response.json().get("firstToRegister").asBoolean());
			}
			assertThat(first.stream().filter(Boolean::booleanValue)).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}
}
