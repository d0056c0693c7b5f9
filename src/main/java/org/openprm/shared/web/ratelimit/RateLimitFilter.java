package org.openprm.shared.web.ratelimit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openprm.shared.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests to a {@link RateLimitedEndpoint} beyond its group's limit per client address with
 * 429 and {@code Retry-After}: API endpoints with a ProblemDetail, pages by forwarding to their refusal
 * page. The client address is the connection's, or the one a trusted reverse proxy reports when
 * {@code server.forward-headers-strategy} is set. Each node counts on its own, in memory.
 */
@Component
@Order(RateLimitFilter.ORDER)
public class RateLimitFilter extends OncePerRequestFilter {

	/**
	 * After Spring Session's filter, so that a refusal page has the session's CSRF token, and before Spring
	 * Security's (-100), so that a refused sign-in never reaches the password check.
	 */
	static final int ORDER = -110;

	private static final Logger LOG = LoggerFactory.getLogger(RateLimitFilter.class);

	private final boolean enabled;

	private final List<RateLimitedEndpoint> endpoints;

	private final Map<String, RateLimiter> limiters;

	RateLimitFilter(RateLimitSettings settings, ObjectProvider<RateLimitedEndpoint> endpoints) {
		if (settings.maxClients() < 1) {
			throw new IllegalStateException("prm.security.rate-limit.max-clients must be 1 or more");
		}
		this.enabled = settings.enabled();
		this.endpoints = endpoints.orderedStream().toList();
		this.limiters = this.endpoints.stream().map(RateLimitedEndpoint::group).distinct()
			.collect(Collectors.toMap(Function.identity(),
					group -> new RateLimiter(settings.limitOf(group), settings.maxClients(), System::nanoTime)));
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !enabled || endpointFor(request).isEmpty();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RateLimitedEndpoint endpoint = endpointFor(request).orElseThrow();
		String client = clientKey(request.getRemoteAddr());
		RateLimiter.Decision decision = limiters.get(endpoint.group()).tryAcquire(client);
		if (decision.allowed()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = decision.retryAfterSeconds();
		LOG.warn("Rate limit of endpoint group '{}' reached by client {}: refused, retry after {} s", endpoint.group(),
				client, seconds);
		response.setHeader("Retry-After", String.valueOf(seconds));
		if (endpoint.refusalPage() == null) {
			ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
					"Too many requests from your address to this endpoint; retry after " + seconds + " seconds.");
			return;
		}
		request.setAttribute(RateLimitedEndpoint.RETRY_AFTER_SECONDS, seconds);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		request.getRequestDispatcher(endpoint.refusalPage()).forward(request, response);
	}

	private Optional<RateLimitedEndpoint> endpointFor(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return endpoints.stream().filter(endpoint -> endpoint.matches(request.getMethod(), path)).findFirst();
	}

	/**
	 * The address a client is counted by. An IPv6 client counts by its /64 network, because one host
	 * usually has a whole /64 to pick addresses from.
	 */
	static String clientKey(String remoteAddress) {
		if (remoteAddress == null || !remoteAddress.contains(":")) {
			return String.valueOf(remoteAddress);
		}
		try {
			byte[] address = InetAddress.getByName(remoteAddress).getAddress();
			return address.length == 16 ? HexFormat.of().formatHex(Arrays.copyOf(address, 8)) + "::/64" : remoteAddress;
		}
		catch (UnknownHostException ex) {
			// Not an address literal (never from Tomcat); count it as it is.
			return remoteAddress;
		}
	}
}
