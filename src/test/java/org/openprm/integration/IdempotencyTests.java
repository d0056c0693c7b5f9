package org.openprm.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;

class IdempotencyTests extends ApiTestSupport {

	@Test
	void aRetryWithTheSameKeyAndBodyReplaysTheFirstResponseAndCreatesNothingNew() {
		String key = UUID.randomUUID().toString();
		String name = unique("Retried Co");
		String body = json.writeValueAsString(partnerBody(name));

		Response first = createPartner(tokenFor(ADMIN), key, body);
		Response retry = createPartner(tokenFor(ADMIN), key, body);

		assertThat(first.status()).isEqualTo(201);
		assertThat(first.header("Idempotent-Replayed")).isNull();
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
		assertThat(retry.header("Content-Type")).startsWith("application/json");
		assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
		assertThat(retry.json()).isEqualTo(first.json());
		assertThat(partnersNamed(name)).isEqualTo(1);
	}

	@Test
	void theSameKeyWithAnotherBodyIsRefused() {
		String key = UUID.randomUUID().toString();
		String second = unique("Second Body Co");
		createPartner(tokenFor(ADMIN), key, json.writeValueAsString(partnerBody(unique("First Body Co"))));

		Response reused = createPartner(tokenFor(ADMIN), key, json.writeValueAsString(partnerBody(second)));

		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(reused.json().get("type").asString()).endsWith("/idempotency-key-reused");
		assertThat(partnersNamed(second)).isZero();
	}

	@Test
	void theSameKeyOnAnotherEndpointIsRefused() {
		String key = UUID.randomUUID().toString();
		String partner = newPartner(unique("Key Reuse Co"));
		send("POST", "/api/v1/partners/" + partner + "/status", tokenFor(ADMIN),
				json.writeValueAsString(Map.of("status", "ACTIVE")), Map.of("Idempotency-Key", key));

		Response reused = send("POST", "/api/v1/partners/" + partner + "/users", tokenFor(ADMIN),
				json.writeValueAsString(Map.of("status", "ACTIVE")), Map.of("Idempotency-Key", key));

		assertThat(reused.status()).isEqualTo(422);
	}

	@Test
	void keysOfDifferentCallersAreIndependent() {
		String key = UUID.randomUUID().toString();
		String byAdmin = unique("Admin Keyed Co");
		String byCam = unique("Cam Keyed Co");

		Response admin = createPartner(tokenFor(ADMIN), key, json.writeValueAsString(partnerBody(byAdmin)));
		Response cam = createPartner(tokenFor(CAM), key, json.writeValueAsString(partnerBody(byCam)));

		assertThat(admin.status()).isEqualTo(201);
		assertThat(cam.status()).isEqualTo(201);
		assertThat(cam.header("Idempotent-Replayed")).isNull();
		assertThat(cam.json().get("id")).isNotEqualTo(admin.json().get("id"));
		assertThat(partnersNamed(byAdmin)).isEqualTo(1);
		assertThat(partnersNamed(byCam)).isEqualTo(1);
	}

	@Test
	void anotherCallerNeverGetsAReplayOfSomeoneElsesResponse() {
		String key = UUID.randomUUID().toString();
		String body = json.writeValueAsString(partnerBody(unique("Private Reply Co")));
		Response admin = createPartner(tokenFor(ADMIN), key, body);

		Response bob = createPartner(tokenFor(BOB), key, body);

		assertThat(bob.status()).isEqualTo(404);
		assertThat(bob.header("Idempotent-Replayed")).isNull();
		assertThat(bob.body()).doesNotContain(admin.json().get("id").asString());
	}

	@Test
	void aRefusedRequestIsReplayedAsRefused() {
		String key = UUID.randomUUID().toString();
		String body = json.writeValueAsString(Map.of("name", "", "type", "RESELLER", "country", "DE"));

		Response first = createPartner(tokenFor(ADMIN), key, body);
		Response retry = createPartner(tokenFor(ADMIN), key, body);

		assertThat(first.status()).isEqualTo(400);
		assertThat(retry.status()).isEqualTo(400);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.json()).isEqualTo(first.json());
	}

	@Test
	void retriesSentAtTheSameMomentCreateOnePartner() {
		String key = UUID.randomUUID().toString();
		String name = unique("Simultaneous Co");
		String body = json.writeValueAsString(partnerBody(name));

		List<Response> answers = IntStream.range(0, 4)
			.mapToObj(i -> CompletableFuture.supplyAsync(() -> createPartner(tokenFor(ADMIN), key, body)))
			.toList()
			.stream()
			.map(CompletableFuture::join)
			.toList();

		// The later ones wait for the first to commit and replay it; where the database stops waiting, 409.
		assertThat(answers).extracting(Response::status).containsAnyOf(201).allMatch(s -> s == 201 || s == 409);
		assertThat(answers.stream().filter(a -> a.status() == 201).map(a -> a.json().get("id")).distinct()).hasSize(1);
		assertThat(partnersNamed(name)).isEqualTo(1);
	}

	private Response createPartner(String token, String key, String body) {
		return send("POST", "/api/v1/partners", token, body, Map.of("Idempotency-Key", key));
	}

	private long partnersNamed(String name) {
		return get("/api/v1/partners?q=" + name.replace(" ", "+"), tokenFor(ADMIN)).json().get("items").valueStream()
			.filter(p -> p.get("name").asString().equals(name))
			.count();
	}
}
