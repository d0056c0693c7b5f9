package org.openprm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;

/**
 * Every request has an id: the caller's sane {@code X-Request-Id} or a new one. It comes back in the
 * response header and in every problem the application answers with, and the error page shows it.
 */
class RequestIdTests extends ApiTestSupport {

	@Test
	void aRequestWithoutAnIdGetsAFreshOneInTheResponse() {
		String first = get("/api/v1/partners", tokenFor(ADMIN)).header("X-Request-Id");
		String second = get("/api/v1/partners", tokenFor(ADMIN)).header("X-Request-Id");

		assertThat(first).isNotBlank().isNotEqualTo(second);
		assertThat(UUID.fromString(first)).isNotNull();
	}

	@Test
	void aSaneIncomingIdIsKeptAndAnUnsafeOneIsReplaced() {
		assertThat(withRequestId("lb-7f3a.9c:42_x").header("X-Request-Id")).isEqualTo("lb-7f3a.9c:42_x");

		for (String unsafe : new String[] { "x".repeat(65), "has space", "<script>", "a\"b", "a;b=c" }) {
			String answered = withRequestId(unsafe).header("X-Request-Id");
			assertThat(answered).as(unsafe).isNotEqualTo(unsafe);
			assertThat(UUID.fromString(answered)).isNotNull();
		}
	}

	@Test
	void problemsFromControllersCarryTheRequestId() {
		Response notFound = send("GET", "/api/v1/partners/" + UUID.randomUUID(), tokenFor(ADMIN), null,
				Map.of("X-Request-Id", "support-case-404"));
		assertProblem(notFound, 404, "support-case-404");

		Response invalid = post("/api/v1/partners", tokenFor(ADMIN), Map.of("name", ""));
		assertProblem(invalid, 400, invalid.header("X-Request-Id"));

		Response forbidden = get("/api/v1/audit", tokenFor(NICK));
		assertProblem(forbidden, 403, forbidden.header("X-Request-Id"));

		Response badCredentials = post("/api/v1/auth/tokens", null,
				Map.of("email", "nobody-" + UUID.randomUUID() + "@nowhere.example", "password", "wrong-password", "name", "x"));
		assertProblem(badCredentials, 401, badCredentials.header("X-Request-Id"));
	}

	@Test
	void problemsFromFiltersCarryTheRequestId() {
		Response noToken = send("GET", "/api/v1/partners", null, null, Map.of("X-Request-Id", "support-case-401"));
		assertProblem(noToken, 401, "support-case-401");

		Map<String, Object> huge = partnerBody(unique("Huge"));
		huge.put("legalName", "x".repeat(1024 * 1024 + 1));
		Response tooLarge = post("/api/v1/partners", tokenFor(ADMIN), huge);
		assertProblem(tooLarge, 413, tooLarge.header("X-Request-Id"));

		String key = UUID.randomUUID().toString();
		send("POST", "/api/v1/partners", tokenFor(ADMIN), json.writeValueAsString(partnerBody(unique("Key Co"))),
				Map.of("Idempotency-Key", key));
		Response reused = send("POST", "/api/v1/partners", tokenFor(ADMIN),
				json.writeValueAsString(partnerBody(unique("Other Key Co"))), Map.of("Idempotency-Key", key));
		assertProblem(reused, 422, reused.header("X-Request-Id"));
	}

	@Test
	void theErrorPageShowsTheReferenceToQuote() {
		BrowserSession cam = BrowserSession.signIn(baseUrl(), CAM, PASSWORD).withHeader("X-Request-Id", "page-ref-123")
			.withHeader("Accept", "text/html");

		BrowserSession.Page missing = cam.get("/partners/" + UUID.randomUUID());

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.header("X-Request-Id")).isEqualTo("page-ref-123");
		assertThat(missing.body()).contains("If you contact support, quote this reference: page-ref-123");
	}

	private Response withRequestId(String id) {
		return send("GET", "/api/v1/me", tokenFor(ADMIN), null, Map.of("X-Request-Id", id));
	}

	private static void assertProblem(Response response, int status, String requestId) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(requestId).isNotBlank();
		assertThat(response.header("X-Request-Id")).isEqualTo(requestId);
		assertThat(response.json().get("requestId").asString()).isEqualTo(requestId);
	}
}
