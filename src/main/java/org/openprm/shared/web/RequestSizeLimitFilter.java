package org.openprm.shared.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 413 for API bodies over the configured size before anything reads them. Bodies without
 * a declared length are refused too: a client that streams a JSON body of unknown size to a
 * record API is almost certainly misbehaving. File uploads ({@code prm.api.uploads.paths}) may be
 * larger, up to {@code prm.api.uploads.max-body-bytes}, on those paths only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestSizeLimitFilter extends OncePerRequestFilter {

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	private final long maxBytes;

	private final List<String> uploadPaths;

	private final long maxUploadBytes;

	public RequestSizeLimitFilter(@Value("${prm.api.max-body-bytes}") long maxBytes,
			@Value("${prm.api.uploads.paths:}") List<String> uploadPaths,
			@Value("${prm.api.uploads.max-body-bytes:0}") long maxUploadBytes) {
		this.maxBytes = maxBytes;
		this.uploadPaths = uploadPaths.stream().filter(p -> !p.isBlank()).map(String::trim).toList();
		this.maxUploadBytes = maxUploadBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	private boolean isUpload(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return "POST".equals(request.getMethod()) && uploadPaths.stream().anyMatch(p -> PATHS.match(p, path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
		long limit = isUpload(request) ? Math.max(maxBytes, maxUploadBytes) : maxBytes;
		if (length > limit || (chunked && length < 0)) {
			ProblemResponses.write(response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
					"Request bodies may be at most " + limit + " bytes.");
			return;
		}
		chain.doFilter(request, response);
	}
}
