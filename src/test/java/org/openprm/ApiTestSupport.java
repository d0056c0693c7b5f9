package org.openprm;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base for API tests: real HTTP against the running application, tokens for the demo logins.
 */
@IntegrationTest
public abstract class ApiTestSupport {

	public static final String ADMIN = "admin@acme.example";

	public static final String CAM = "cam@acme.example";

	public static final String ALICE = "alice@northwind.example";

	public static final String BOB = "bob@contoso.example";

	public static final String DANA = "dana@distri.example";

	public static final String NICK = "nick@northwind.example";

	public static final String PASSWORD = "demo1234";

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	protected final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	protected JsonMapper json;

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry);
	}

	public record Response(int status, java.net.http.HttpHeaders headers, String body, JsonMapper mapper) {

		public JsonNode json() {
			return mapper.readTree(body);
		}

		public String header(String name) {
			return headers.firstValue(name).orElse(null);
		}
	}

	protected String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	/** A token for a demo login, created once per test run through the public token endpoint. */
	protected String tokenFor(String email) {
		return TOKENS.computeIfAbsent(email + "@" + port, key -> {
			Response created = send("POST", "/api/v1/auth/tokens", null,
					json.writeValueAsString(Map.of("email", email, "password", PASSWORD, "name", "tests")), Map.of());
			if (created.status() != 201) {
				throw new IllegalStateException("Cannot create a token for " + email + ": " + created.body());
			}
			return created.json().get("token").asString();
		});
	}

	protected Response get(String path, String token) {
		return send("GET", path, token, null, Map.of());
	}

	protected Response post(String path, String token, Object body) {
		return send("POST", path, token, body instanceof String s ? s : json.writeValueAsString(body), Map.of());
	}

	protected Response put(String path, String token, Object body) {
		return send("PUT", path, token, body instanceof String s ? s : json.writeValueAsString(body), Map.of());
	}

	protected Response delete(String path, String token) {
		return send("DELETE", path, token, null, Map.of());
	}

	protected Response send(String method, String path, String token, String body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers(), response.body(), json);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The id of a demo partner, looked up as the vendor admin. */
	protected String partnerId(String name) {
		Response found = get("/api/v1/partners?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8),
				tokenFor(ADMIN));
		for (JsonNode item : found.json().get("items")) {
			if (item.get("name").asString().equals(name)) {
				return item.get("id").asString();
			}
		}
		throw new IllegalStateException("No demo partner " + name);
	}
}
