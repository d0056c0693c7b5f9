package org.openprm.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

class ApiTokensTests extends ApiTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsATokenWhoseSecretIsShownOnceAndStoredOnlyAsAHash() throws Exception {
		Person person = newPerson(newPartner(unique("Token Co")), "PARTNER_USER");

		Response created = post("/api/v1/auth/tokens", null,
				Map.of("email", person.email(), "password", person.password(), "name", "CRM sync", "expiresInDays", 30));

		assertThat(created.status()).isEqualTo(201);
		String secret = created.json().get("token").asString();
		String id = created.json().get("id").asString();
		assertThat(secret).startsWith("prm_").hasSizeGreaterThan(40);
		assertThat(created.header("Location")).endsWith("/api/v1/auth/tokens/" + id);
		assertThat(created.json().get("name").asString()).isEqualTo("CRM sync");

		Response listed = get("/api/v1/auth/tokens", secret);
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.body()).doesNotContain(secret);
		JsonNode token = listed.json().get(0);
		assertThat(token.get("id").asString()).isEqualTo(id);
		assertThat(token.get("prefix").asString()).isEqualTo(secret.substring(0, 10));
		assertThat(token.get("active").asBoolean()).isTrue();
		assertThat(token.has("token")).isFalse();

		Map<String, Object> row = jdbc.sql("SELECT * FROM api_tokens WHERE id = ?").param(UUID.fromString(id)).query().singleRow();
		assertThat(row.values()).noneMatch(value -> value != null && value.toString().contains(secret));
		assertThat(row).containsEntry("token_hash", sha256(secret));
	}

	@Test
	void refusesWrongCredentialsWithAProblemAndNoToken() {
		Person person = newPerson(newPartner(unique("Wrong Pw Co")), "PARTNER_USER");

		Response wrongPassword = post("/api/v1/auth/tokens", null,
				Map.of("email", person.email(), "password", "not-the-password", "name", "x"));
		Response unknownUser = post("/api/v1/auth/tokens", null,
				Map.of("email", unique("nobody") + "@nowhere.example", "password", "whatever", "name", "x"));

		for (Response refused : new Response[] { wrongPassword, unknownUser }) {
			assertThat(refused.status()).isEqualTo(401);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.json().get("type").asString()).endsWith("/bad-credentials");
			assertThat(refused.body()).doesNotContain("prm_");
		}
		// Both failures look the same, so the endpoint does not reveal which e-mail addresses exist.
		assertThat(wrongPassword.json().get("detail")).isEqualTo(unknownUser.json().get("detail"));
	}

	@Test
	void refusesRequestsWithoutAValidBearerToken() {
		Response anonymous = get("/api/v1/me", null);
		Response garbage = get("/api/v1/me", "prm_" + UUID.randomUUID());

		for (Response refused : new Response[] { anonymous, garbage }) {
			assertThat(refused.status()).isEqualTo(401);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer");
		}
	}

	@Test
	void bearerTokenIdentifiesTheCaller() {
		Response me = get("/api/v1/me", tokenFor(BOB));

		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("email").asString()).isEqualTo(BOB);
		assertThat(me.json().get("role").asString()).isEqualTo("PARTNER_ADMIN");
		assertThat(me.json().get("partnerId").asString()).isEqualTo(partnerId("Contoso Networks"));
	}

	@Test
	void aRevokedTokenNoLongerAuthenticates() {
		Person person = newPerson(newPartner(unique("Revoke Co")), "PARTNER_USER");
		String revoked = newToken(person);
		String kept = newToken(person);
		String revokedId = idOf(revoked, person);

		Response revocation = delete("/api/v1/auth/tokens/" + revokedId, kept);

		assertThat(revocation.status()).isEqualTo(200);
		assertThat(revocation.json().get("active").asBoolean()).isFalse();
		assertThat(revocation.json().get("revokedAt").isNull()).isFalse();
		assertThat(get("/api/v1/me", revoked).status()).isEqualTo(401);
		assertThat(get("/api/v1/me", kept).status()).isEqualTo(200);
		assertThat(delete("/api/v1/auth/tokens/" + revokedId, kept).status()).as("revoking twice").isEqualTo(409);
	}

	@Test
	void nobodyRevokesAnotherUsersToken() {
		String partner = newPartner(unique("Two People Co"));
		Person owner = newPerson(partner, "PARTNER_USER");
		Person colleague = newPerson(partner, "PARTNER_ADMIN");
		String token = newToken(owner);
		String tokenId = idOf(token, owner);

		Response attempt = delete("/api/v1/auth/tokens/" + tokenId, newToken(colleague));
		Response missing = delete("/api/v1/auth/tokens/" + UUID.randomUUID(), newToken(colleague));

		assertThat(attempt.status()).isEqualTo(404);
		assertThat(attempt.json().get("detail")).isEqualTo(missing.json().get("detail"));
		assertThat(get("/api/v1/me", token).status()).isEqualTo(200);
	}

	@Test
	void refusesTokenLifetimesOutsideOneToThreeHundredSixtySixDays() {
		Person person = newPerson(newPartner(unique("Lifetime Co")), "PARTNER_USER");

		for (int days : new int[] { 0, 367 }) {
			Response refused = post("/api/v1/auth/tokens", null, Map.of("email", person.email(), "password",
					person.password(), "name", "x", "expiresInDays", days));
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("expiresInDays");
		}
	}

	/** The id of a token, found through the token's own listing by its prefix. */
	private String idOf(String token, Person person) {
		for (JsonNode listed : get("/api/v1/auth/tokens", token).json()) {
			if (token.startsWith(listed.get("prefix").asString()) && listed.get("active").asBoolean()) {
				return listed.get("id").asString();
			}
		}
		throw new IllegalStateException("No listed token of " + person.email() + " matches");
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}
}
