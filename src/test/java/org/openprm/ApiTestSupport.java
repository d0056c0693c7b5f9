package org.openprm;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.openprm.identity.IdentityManagement;

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

	@Autowired
	protected IdentityManagement identity;

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
		// setHeader: a test may replace the JSON Content-Type (a CSV upload).
		headers.forEach(request::setHeader);
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

	/** A name or e-mail local part that no other test (or earlier run on the same database) uses. */
	protected static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A valid create/replace body for a partner; tests change single fields of it. */
	protected static Map<String, Object> partnerBody(String name) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("legalName", name + " Ltd");
		body.put("type", "RESELLER");
		body.put("country", "DE");
		body.put("domains", List.of(name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "") + ".example"));
		body.put("tags", List.of("networking"));
		body.put("addresses", List.of(Map.of("label", "HQ", "city", "Berlin", "country", "DE")));
		body.put("attributes", Map.of("employees", "12"));
		return body;
	}

	/** Creates a fresh partner as the vendor admin and returns its id. */
	protected String newPartner(String name) {
		Response created = post("/api/v1/partners", tokenFor(ADMIN), partnerBody(name));
		if (created.status() != 201) {
			throw new IllegalStateException("Cannot create partner " + name + ": " + created.body());
		}
		return created.json().get("id").asString();
	}

	/** A person who joined through the real invitation flow: invited by the vendor admin, link taken from the e-mail. */
	public record Person(String id, String email, String password, String partnerId) {
	}

	protected Person newPerson(String partnerId, String role) {
		String email = unique(role.toLowerCase().replace('_', '-')) + "@people.example";
		Response invited = post("/api/v1/partners/" + partnerId + "/users", tokenFor(ADMIN),
				Map.of("email", email, "displayName", "Test " + role, "role", role, "jobRole", "SALES"));
		if (invited.status() != 201) {
			throw new IllegalStateException("Cannot invite " + email + ": " + invited.body());
		}
		String path = TestMailServer.invitationPathFor(email);
		String password = "pw-" + UUID.randomUUID();
		identity.acceptInvitation(path.substring(path.lastIndexOf('/') + 1), password);
		return new Person(invited.json().get("id").asString(), email, password, partnerId);
	}

	/** Creates a personal access token through the public endpoint. */
	protected String newToken(String email, String password) {
		Response created = post("/api/v1/auth/tokens", null, Map.of("email", email, "password", password, "name", unique("token")));
		if (created.status() != 201) {
			throw new IllegalStateException("Cannot create a token for " + email + ": " + created.body());
		}
		return created.json().get("token").asString();
	}

	protected String newToken(Person person) {
		return newToken(person.email(), person.password());
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
