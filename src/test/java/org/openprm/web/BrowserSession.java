package org.openprm.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in UI session over plain HTTP: cookies, form login and the CSRF token, as a browser has them.
 */
public final class BrowserSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"");

	private final HttpClient http;

	private final String baseUrl;

	private final Map<String, String> extraHeaders = new java.util.HashMap<>();

	public record Page(int status, String body, String location, java.net.http.HttpHeaders headers) {

		String header(String name) {
			return headers.firstValue(name).orElse(null);
		}
	}

	private BrowserSession(String baseUrl) {
		this(HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build(),
				baseUrl);
	}

	private BrowserSession(HttpClient http, String baseUrl) {
		this.http = http;
		this.baseUrl = baseUrl;
	}

	/** The same browser (same cookies, so the same session) talking to another node. */
	public BrowserSession on(String otherBaseUrl) {
		return new BrowserSession(http, otherBaseUrl);
	}

	public static BrowserSession signIn(String baseUrl, String email, String password) {
		BrowserSession session = new BrowserSession(baseUrl);
		Page login = session.get("/login");
		Page result = session.send("POST", "/login",
				Map.of("username", email, "password", password, "_csrf", csrf(login.body())));
		if (result.status() != 302 || result.location() == null || result.location().contains("error")) {
			throw new IllegalStateException("Sign-in failed for " + email);
		}
		return session;
	}

	public static BrowserSession anonymous(String baseUrl) {
		return new BrowserSession(baseUrl);
	}

	/** Sends this header with every further request, as a proxy or a browser setting would. */
	public BrowserSession withHeader(String name, String value) {
		extraHeaders.put(name, value);
		return this;
	}

	/** Submits a form the way a browser does after showing {@code formPage}: with that page's CSRF token. */
	public Page submit(String formPage, String action, Map<String, String> form) {
		Map<String, String> withToken = new java.util.HashMap<>(form);
		withToken.put("_csrf", csrf(get(formPage).body()));
		return send("POST", action, withToken);
	}

	public Page get(String path) {
		return send("GET", path, null);
	}

	/** Posts a form with the CSRF token of the home page, as a form on any page would. */
	Page post(String path, Map<String, String> form) {
		Map<String, String> withToken = new java.util.HashMap<>(form);
		withToken.put("_csrf", csrf(get("/").body()));
		return send("POST", path, withToken);
	}

	/** Posts a multipart form with one file, with the CSRF token of the home page, as an upload form on any page would. */
	public Page postFile(String path, String fileName, String fileType, byte[] content) {
		org.openprm.Multipart body = org.openprm.Multipart.of(Map.of("_csrf", csrf(get("/").body())), "file", fileName,
				fileType, content);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", body.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.body()));
		extraHeaders.forEach(request::header);
		return exchange(request);
	}

	/** Submits a multipart form with fields and one file, with the CSRF token of {@code formPage}. */
	public Page submitFile(String formPage, String path, Map<String, String> fields, String fileField, String fileName,
			String fileType, byte[] content) {
		Map<String, String> withToken = new java.util.HashMap<>(fields);
		withToken.put("_csrf", csrf(get(formPage).body()));
		org.openprm.Multipart body = org.openprm.Multipart.of(withToken, fileField, fileName, fileType, content);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", body.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.body()));
		extraHeaders.forEach(request::header);
		return exchange(request);
	}

	private Page send(String method, String path, Map<String, String> form) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
		extraHeaders.forEach(request::header);
		if (form == null) {
			request.GET();
		}
		else {
			String body = form.entrySet().stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		return exchange(request);
	}

	private Page exchange(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null),
					response.headers());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on the page");
		}
		return matcher.group(1);
	}
}
