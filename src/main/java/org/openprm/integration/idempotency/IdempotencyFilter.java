package org.openprm.integration.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openprm.identity.CurrentActor;
import org.openprm.shared.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on API {@code POST}s: the first response for a caller's key is stored with
 * a hash of the request; a retry with the same key and body gets that response again, a retry with
 * another body gets 422, and a retry while the first is still running gets 409.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private final IdempotencyStore store;

	private final CurrentActor actors;

	IdempotencyFilter(IdempotencyStore store, CurrentActor actors) {
		this.store = store;
		this.actors = actors;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER).trim();
		Optional<String> caller = actors.find().map(actor -> String.valueOf(actor.userId()));
		if (caller.isEmpty()) {
			// Anonymous POSTs (creating a token) have no caller to scope the key to; they run as usual.
			chain.doFilter(request, response);
			return;
		}
		if (key.isEmpty() || key.length() > 200) {
			ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "validation", "Invalid input",
					"Idempotency-Key must be 1 to 200 characters.");
			return;
		}
		CachedBodyRequest cached = new CachedBodyRequest(request);
		String hash = IdempotencyStore.hash(request.getMethod(), request.getRequestURI(), cached.body());
		IdempotencyStore.Claim claim = store.claim(caller.get(), key, hash);
		switch (claim.outcome()) {
			case REPLAY -> replay(claim.record(), response);
			case MISMATCH -> ProblemResponses.write(response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
					"Idempotency key reused", "This Idempotency-Key was used with a different request.");
			case IN_PROGRESS -> ProblemResponses.write(response, HttpStatus.CONFLICT, "idempotency-in-progress",
					"Request in progress", "A request with this Idempotency-Key is still being processed; retry shortly.");
			case NEW -> proceed(caller.get(), key, cached, response, chain);
		}
	}

	private void proceed(String caller, String key, CachedBodyRequest request, HttpServletResponse response,
			FilterChain chain) throws IOException, ServletException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		boolean stored = false;
		try {
			chain.doFilter(request, wrapper);
			int status = wrapper.getStatus();
			// Server errors are not remembered: a retry after a 5xx should really run again.
			if (status < 500) {
				store.complete(caller, key, status, wrapper.getContentType(), wrapper.getHeader("Location"),
						new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8));
				stored = true;
			}
		}
		finally {
			if (!stored) {
				store.release(caller, key);
			}
			wrapper.copyBodyToResponse();
		}
	}

	private static void replay(IdempotencyStore.StoredResponse record, HttpServletResponse response) throws IOException {
		response.setStatus(record.status());
		if (record.contentType() != null) {
			response.setContentType(record.contentType());
		}
		if (record.location() != null) {
			response.setHeader("Location", record.location());
		}
		response.setHeader("Idempotent-Replayed", "true");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(record.body() == null ? "" : record.body());
	}
}
