package org.openprm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openprm.ApiTestSupport;
import org.openprm.RateLimitedApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Sign-in, token creation and password reset requests beyond the limit per client address answer 429
 * with {@code Retry-After}: a ProblemDetail for the API, the page with a message for the UI. Each test
 * is another client behind the trusted proxy ({@code X-Forwarded-For}).
 */
@RateLimitedApplication
@ExtendWith(OutputCaptureExtension.class)
class RateLimitTests extends ApiTestSupport {

	@Test
	void tokenRequestsBeyondTheLimitAreRefusedWithAProblemEvenWithTheRightPassword(CapturedOutput output) {
		Map<String, String> client = Map.of("X-Forwarded-For", "203.0.113.10");
		for (int i = 0; i < 3; i++) {
			assertThat(requestToken(unknownEmail(), client).status()).isEqualTo(401);
		}

		Response refused = send("POST", "/api/v1/auth/tokens", null, tokenBody(ALICE, PASSWORD),
				Map.of("X-Forwarded-For", "203.0.113.10", "X-Request-Id", "rate-limit-check-1"));

		assertThat(refused.status()).isEqualTo(429);
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 1200L);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("type").asString()).isEqualTo("https://openprm.org/problems/rate-limited");
		assertThat(refused.json().get("status").asInt()).isEqualTo(429);
		assertThat(refused.json().get("requestId").asString()).isEqualTo("rate-limit-check-1");
		assertThat(refused.body()).doesNotContain("\"token\"");
		assertThat(output.getOut().lines()).anySatisfy(line -> assertThat(line).contains("[rate-limit-check-1]")
			.contains("Rate limit of endpoint group 'token' reached by client 203.0.113.10"));

		assertThat(requestToken(ALICE, Map.of("X-Forwarded-For", "203.0.113.11")).status())
			.as("another client has its own budget").isEqualTo(201);
	}

	@Test
	void aClientThatIsNoTrustedProxyCannotEscapeTheLimitWithXForwardedFor() throws IOException {
		for (int i = 0; i < 3; i++) {
			assertThat(tokenRequestFrom127002("198.51.100." + i)).isEqualTo(401);
		}

		assertThat(tokenRequestFrom127002("198.51.100.99")).isEqualTo(429);
	}

	@Test
	void theLoginFormBeyondTheLimitShowsTheLoginPageWithTheTimeToWait() {
		BrowserSession visitor = BrowserSession.anonymous(baseUrl()).withHeader("X-Forwarded-For", "203.0.113.20")
			.withHeader("Accept-Language", "en");
		for (int i = 0; i < 3; i++) {
			assertThat(signIn(visitor, unknownEmail(), "wrong-password").location()).endsWith("/login?error");
		}

		BrowserSession.Page refused = signIn(visitor, ALICE, PASSWORD);

		assertThat(refused.status()).isEqualTo(429);
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 1200L);
		long minutes = (Long.parseLong(refused.header("Retry-After")) + 59) / 60;
		assertThat(refused.body())
			.contains("Too many sign-in attempts from your network. Please wait " + minutes + " minutes, then try again.");
		assertThat(refused.body()).contains("action=\"/login\"").contains("name=\"_csrf\"");
		assertThat(visitor.get("/").location()).as("still not signed in").endsWith("/login");
	}

	@Test
	void germanVisitorsReadTheRefusalInGerman() {
		BrowserSession visitor = BrowserSession.anonymous(baseUrl()).withHeader("X-Forwarded-For", "203.0.113.21")
			.withHeader("Accept-Language", "de");
		for (int i = 0; i < 3; i++) {
			signIn(visitor, unknownEmail(), "wrong-password");
		}

		BrowserSession.Page refused = signIn(visitor, unknownEmail(), "wrong-password");

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body()).contains("Zu viele Anmeldeversuche aus Ihrem Netzwerk. Bitte warten Sie");
	}

	@Test
	void passwordResetRequestsBeyondTheLimitAreRefusedOnTheForm() {
		BrowserSession visitor = BrowserSession.anonymous(baseUrl()).withHeader("X-Forwarded-For", "203.0.113.30")
			.withHeader("Accept-Language", "en");
		for (int i = 0; i < 2; i++) {
			assertThat(requestReset(visitor).location()).endsWith("/login?resetRequested");
		}

		BrowserSession.Page refused = requestReset(visitor);

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isNotBlank();
		assertThat(refused.body()).contains("Too many reset requests from your network. Please wait");
		assertThat(refused.body()).contains("action=\"/password-reset\"");
	}

	private Response requestToken(String email, Map<String, String> headers) {
		return send("POST", "/api/v1/auth/tokens", null, tokenBody(email, PASSWORD), headers);
	}

	private String tokenBody(String email, String password) {
		return json.writeValueAsString(Map.of("email", email, "password", password, "name", "rate-limit"));
	}

	private static BrowserSession.Page signIn(BrowserSession visitor, String email, String password) {
		return visitor.submit("/login", "/login", Map.of("username", email, "password", password));
	}

	private static BrowserSession.Page requestReset(BrowserSession visitor) {
		return visitor.submit("/password-reset", "/password-reset", Map.of("email", unknownEmail()));
	}

	private static String unknownEmail() {
		return "nobody-" + UUID.randomUUID() + "@nowhere.example";
	}

	/** A token request over a connection from 127.0.0.2, which the application does not trust as a proxy. */
	private int tokenRequestFrom127002(String forwardedFor) throws IOException {
		byte[] body = tokenBody(unknownEmail(), "wrong-password").getBytes(StandardCharsets.UTF_8);
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress("127.0.0.2", 0));
			socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/auth/tokens HTTP/1.1\r\nHost: 127.0.0.1:" + port
					+ "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\nX-Forwarded-For: "
					+ forwardedFor + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
			String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
				.readLine();
			return Integer.parseInt(statusLine.split(" ")[1]);
		}
	}
}
