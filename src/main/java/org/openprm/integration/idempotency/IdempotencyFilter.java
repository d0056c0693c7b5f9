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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on API {@code POST}s: the first response for a caller's key is stored with
 * a hash of the request; a retry with the same key and body gets that response again, a retry with
 * another body gets 422, and a retry while the first is still running waits for it (or, where the
 * database stops waiting, gets 409).
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private final IdempotencyStore store;

	private final CurrentActor actors;

	private final PlatformTransactionManager transactions;

	IdempotencyFilter(IdempotencyStore store, CurrentActor actors, PlatformTransactionManager transactions) {
		this.store = store;
		this.actors = actors;
		this.transactions = transactions;
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
		// One transaction for the claim, the request's changes and the stored response: after a crash
		// either all of them are there (a retry gets the stored response) or none (a retry runs anew).
		TransactionStatus transaction = transactions.getTransaction(TransactionDefinition.withDefaults());
		try {
			IdempotencyStore.Claim claim = store.claim(caller.get(), key, hash);
			if (claim.outcome() == IdempotencyStore.Outcome.NEW) {
				proceed(new Attempt(caller.get(), key, hash, transaction), cached, response, chain);
				return;
			}
			transactions.rollback(transaction);
			answer(claim, response);
		}
		finally {
			if (!transaction.isCompleted()) {
				transactions.rollback(transaction);
			}
		}
	}

	/** The first request with its key, inside the transaction that claimed the key. */
	private record Attempt(String caller, String key, String hash, TransactionStatus transaction) {
	}

	private void proceed(Attempt attempt, CachedBodyRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, wrapper);
			finish(attempt, wrapper);
		}
		finally {
			wrapper.copyBodyToResponse();
		}
	}

	private void finish(Attempt attempt, ContentCachingResponseWrapper wrapper) throws IOException {
		int status = wrapper.getStatus();
		IdempotencyStore.StoredResponse stored = new IdempotencyStore.StoredResponse(status, wrapper.getContentType(),
				wrapper.getHeader("Location"), new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8));
		if (status >= 500) {
			// Server errors are not remembered: a retry after a 5xx should really run again.
			transactions.rollback(attempt.transaction());
		}
		else if (!attempt.transaction().isRollbackOnly()) {
			store.complete(attempt.caller(), attempt.key(), stored);
			commit(attempt, wrapper);
		}
		else if (status >= 400) {
			// A refusal whose changes were rolled back is remembered on its own, so a retry gets it again.
			transactions.rollback(attempt.transaction());
			remember(attempt, stored);
		}
		else {
			transactions.rollback(attempt.transaction());
			failed(wrapper);
		}
	}

	/** The response goes out only after the commit: an acknowledged write is a committed write. */
	private void commit(Attempt attempt, ContentCachingResponseWrapper wrapper) throws IOException {
		try {
			transactions.commit(attempt.transaction());
		}
		catch (TransactionException ex) {
			logger.warn("Could not commit a request with an Idempotency-Key", ex);
			failed(wrapper);
		}
	}

	private void remember(Attempt attempt, IdempotencyStore.StoredResponse stored) {
		new TransactionTemplate(transactions).executeWithoutResult(
				status -> store.remember(attempt.caller(), attempt.key(), attempt.hash(), stored));
	}

	private static void failed(ContentCachingResponseWrapper wrapper) throws IOException {
		wrapper.reset();
		ProblemResponses.write(wrapper, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"The request could not be completed. Retry it with the same Idempotency-Key.");
	}

	private static void answer(IdempotencyStore.Claim claim, HttpServletResponse response) throws IOException {
		switch (claim.outcome()) {
			case REPLAY -> replay(claim.record(), response);
			case MISMATCH -> ProblemResponses.write(response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
					"Idempotency key reused", "This Idempotency-Key was used with a different request.");
			default -> ProblemResponses.write(response, HttpStatus.CONFLICT, "idempotency-in-progress",
					"Request in progress", "A request with this Idempotency-Key is still being processed; retry shortly.");
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
