package org.openprm.identity.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a Prometheus server scrape {@code /actuator/prometheus} with {@code Authorization: Bearer} and the
 * configured {@code prm.metrics.scrape-token}. A scraper cannot sign in through the login form, and the
 * token grants nothing but the metrics. Without a configured token nobody can scrape.
 */
class MetricsScrapeToken extends OncePerRequestFilter {

	static final String AUTHORITY = "SCRAPE_METRICS";

	/** Long enough that guessing is hopeless even without a rate limit on this endpoint. */
	static final int MIN_LENGTH = 20;

	private static final String PREFIX = "Bearer ";

	private final byte[] expectedHash;

	MetricsScrapeToken(String token) {
		if (!token.isEmpty() && token.length() < MIN_LENGTH) {
			throw new IllegalStateException("prm.metrics.scrape-token must be at least " + MIN_LENGTH + " characters");
		}
		this.expectedHash = token.isEmpty() ? null : sha256(token);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (expectedHash != null && header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
				// Comparing hashes in constant time reveals nothing about the token through response times.
				&& MessageDigest.isEqual(expectedHash, sha256(header.substring(PREFIX.length()).trim()))) {
			SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
					"metrics-scraper", null, AuthorityUtils.createAuthorityList(AUTHORITY)));
		}
		chain.doFilter(request, response);
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}
}
