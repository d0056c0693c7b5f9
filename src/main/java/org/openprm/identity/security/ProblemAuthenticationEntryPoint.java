package org.openprm.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openprm.shared.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * API callers without a valid token get a 401 ProblemDetail, never a login page.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
				"Send a valid personal access token as 'Authorization: Bearer <token>'.");
	}
}
