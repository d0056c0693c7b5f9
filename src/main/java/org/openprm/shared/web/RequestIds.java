package org.openprm.shared.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The id of the request being served: taken from the caller's {@code X-Request-Id} when it is sane,
 * otherwise made up. Logs show it, every response carries it in the header, every ProblemDetail in
 * {@code requestId}, so a user can quote it and an operator can find the request's log lines.
 */
public final class RequestIds {

	public static final String HEADER = "X-Request-Id";

	/** The key in the logging MDC ({@code %X{requestId}}) and the ProblemDetail property. */
	public static final String KEY = "requestId";

	/** The request attribute holding the id, so the error dispatch after the request keeps the same id. */
	public static final String ATTRIBUTE = RequestIds.class.getName();

	// Short and harmless in a log line, a header and JSON: no spaces, quotes, newlines or markup.
	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private RequestIds() {
	}

	/** The caller's id when it is sane, else a new one. */
	public static String acceptOrCreate(String incoming) {
		return incoming != null && SANE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
	}

	/** The id of the request this thread is serving, if it serves one. */
	public static Optional<String> current() {
		return Optional.ofNullable(MDC.get(KEY));
	}
}
