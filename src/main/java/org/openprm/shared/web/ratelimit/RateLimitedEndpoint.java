package org.openprm.shared.web.ratelimit;

import org.springframework.http.HttpMethod;

/**
 * An endpoint whose requests count against the limit of an endpoint group, per client address.
 * Declare one as a bean and configure {@code prm.security.rate-limit.groups.<group>.*}.
 *
 * @param group the endpoint group; endpoints of one group share one budget per client
 * @param method the HTTP method that is limited
 * @param path the exact path, such as {@code /login}
 * @param refusalPage for a page: the path a refused request is forwarded to, which renders the page
 *        with a "too many requests" message and status 429; {@code null} for an API endpoint, which is
 *        refused with a ProblemDetail
 */
public record RateLimitedEndpoint(String group, HttpMethod method, String path, String refusalPage) {

	/** The request attribute that tells the refusal page how many seconds the client must wait. */
	public static final String RETRY_AFTER_SECONDS = "org.openprm.rateLimit.retryAfterSeconds";

	public static RateLimitedEndpoint api(String group, HttpMethod method, String path) {
		return new RateLimitedEndpoint(group, method, path, null);
	}

	public static RateLimitedEndpoint page(String group, HttpMethod method, String path, String refusalPage) {
		return new RateLimitedEndpoint(group, method, path, refusalPage);
	}

	boolean matches(String requestMethod, String requestPath) {
		return method.matches(requestMethod) && path.equals(requestPath);
	}
}
