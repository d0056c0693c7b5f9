package org.openprm.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;

class AccountSecurityTests extends ApiTestSupport {

	@Test
	void locksTheAccountAfterFiveWrongPasswordsInARow() {
		Person person = newPerson(newPartner(unique("Lockout Co")), "PARTNER_USER");

		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(tokenRequest(person.email(), "wrong-" + attempt).status()).as("wrong attempt %d", attempt)
				.isEqualTo(401);
		}
		Response rightPassword = tokenRequest(person.email(), person.password());

		assertThat(rightPassword.status()).isEqualTo(401);
		assertThat(rightPassword.header("Content-Type")).startsWith("application/problem+json");
		assertThat(rightPassword.body()).doesNotContain("prm_");
		Response lockout = get("/api/v1/audit?subjectId=" + person.id() + "&action=locked-out", tokenFor(ADMIN));
		assertThat(lockout.json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void aSuccessfulSignInResetsTheCountOfWrongPasswords() {
		Person person = newPerson(newPartner(unique("Reset Co")), "PARTNER_USER");

		for (int round = 1; round <= 2; round++) {
			for (int attempt = 1; attempt <= 4; attempt++) {
				assertThat(tokenRequest(person.email(), "wrong").status()).isEqualTo(401);
			}
			assertThat(tokenRequest(person.email(), person.password()).status()).as("round %d", round).isEqualTo(201);
		}
	}

	@Test
	void deactivatingAUserStopsItsTokensAndReactivationDoesNotReviveThem() {
		String partner = newPartner(unique("Leaver Co"));
		Person leaver = newPerson(partner, "PARTNER_USER");
		String token = newToken(leaver);
		assertThat(get("/api/v1/me", token).status()).isEqualTo(200);

		Response deactivated = post("/api/v1/partners/" + partner + "/users/" + leaver.id() + "/deactivate",
				tokenFor(ADMIN), "");

		assertThat(deactivated.status()).isEqualTo(200);
		assertThat(deactivated.json().get("status").asString()).isEqualTo("DEACTIVATED");
		assertThat(get("/api/v1/me", token).status()).isEqualTo(401);
		assertThat(tokenRequest(leaver.email(), leaver.password()).status()).as("new token while deactivated")
			.isEqualTo(401);

		Response reactivated = post("/api/v1/partners/" + partner + "/users/" + leaver.id() + "/reactivate",
				tokenFor(ADMIN), "");

		assertThat(reactivated.json().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(get("/api/v1/me", token).status()).as("old token after reactivation").isEqualTo(401);
		assertThat(get("/api/v1/me", newToken(leaver)).status()).isEqualTo(200);
	}

	@Test
	void aPartnerAdminDeactivatesAColleagueButNotItself() {
		String partner = newPartner(unique("Own Admin Co"));
		Person admin = newPerson(partner, "PARTNER_ADMIN");
		Person colleague = newPerson(partner, "PARTNER_USER");
		String adminToken = newToken(admin);
		String colleagueToken = newToken(colleague);

		Response self = post("/api/v1/partners/" + partner + "/users/" + admin.id() + "/deactivate", adminToken, "");
		Response other = post("/api/v1/partners/" + partner + "/users/" + colleague.id() + "/deactivate", adminToken, "");

		assertThat(self.status()).isEqualTo(409);
		assertThat(get("/api/v1/me", adminToken).status()).isEqualTo(200);
		assertThat(other.status()).isEqualTo(200);
		assertThat(get("/api/v1/me", colleagueToken).status()).isEqualTo(401);
	}

	@Test
	void aPartnerUserCannotDeactivateColleagues() {
		String partner = newPartner(unique("Flat Co"));
		Person user = newPerson(partner, "PARTNER_USER");
		Person colleague = newPerson(partner, "PARTNER_USER");
		String colleagueToken = newToken(colleague);

		Response attempt = post("/api/v1/partners/" + partner + "/users/" + colleague.id() + "/deactivate",
				newToken(user), "");

		assertThat(attempt.status()).isEqualTo(403);
		assertThat(get("/api/v1/me", colleagueToken).status()).isEqualTo(200);
	}

	private Response tokenRequest(String email, String password) {
		return post("/api/v1/auth/tokens", null, Map.of("email", email, "password", password, "name", "attempt"));
	}
}
