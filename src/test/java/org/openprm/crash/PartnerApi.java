package org.openprm.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two API calls the crash test makes: create a token, create a partner with an Idempotency-Key.
 */
final class PartnerApi {

	record Answer(int status, String id, boolean replayed) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String token;

	private PartnerApi(String token) {
		this.token = token;
	}

	static PartnerApi signIn(String baseUrl, String email, String password) throws IOException, InterruptedException {
		HttpResponse<String> created = new PartnerApi(null).send(baseUrl + "/api/v1/auth/tokens",
				Map.of("email", email, "password", password, "name", "crash test"), Map.of());
		if (created.statusCode() != 201) {
			throw new IllegalStateException("Cannot create a token: " + created.body());
		}
		return new PartnerApi(JSON.readTree(created.body()).get("token").asString());
	}

	Answer create(String baseUrl, Attempt attempt) throws IOException, InterruptedException {
		HttpResponse<String> response = send(baseUrl + "/api/v1/partners", attempt.body,
				Map.of("Authorization", "Bearer " + token, "Idempotency-Key", attempt.key));
		String id = null;
		if (response.statusCode() == 201) {
			JsonNode body = JSON.readTree(response.body());
			id = body.get("id").asString();
		}
		boolean replayed = "true".equals(response.headers().firstValue("Idempotent-Replayed").orElse(null));
		return new Answer(response.statusCode(), id, replayed);
	}

	private HttpResponse<String> send(String url, Map<String, ?> body, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
