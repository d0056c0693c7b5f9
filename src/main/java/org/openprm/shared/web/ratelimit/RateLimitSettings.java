package org.openprm.shared.web.ratelimit;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code prm.security.rate-limit.*}: requests per client address and window, one limit per endpoint
 * group ({@code groups.<name>.requests}, {@code groups.<name>.window}).
 *
 * @param enabled whether any limit applies
 * @param maxClients how many client addresses each group remembers at most; bounds the memory an
 *        attacker with many addresses can make a node use
 * @param groups the limit of each endpoint group
 */
@ConfigurationProperties("prm.security.rate-limit")
public record RateLimitSettings(boolean enabled, int maxClients, Map<String, Limit> groups) {

	public RateLimitSettings {
		groups = groups == null ? Map.of() : Map.copyOf(groups);
	}

	/** At most {@code requests} per {@code window}, refilled evenly over the window. */
	public record Limit(int requests, Duration window) {
	}

	Limit limitOf(String group) {
		Limit limit = groups.get(group);
		if (limit == null || limit.requests() < 1 || limit.window() == null || limit.window().isZero()
				|| limit.window().isNegative()) {
			throw new IllegalStateException("No valid rate limit for endpoint group '" + group + "': set prm.security.rate-limit.groups."
					+ group + ".requests (1 or more) and .window (a duration such as 1m)");
		}
		return limit;
	}
}
