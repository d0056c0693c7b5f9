package org.openprm.identity.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openprm.identity.IdentityManagement;
import org.openprm.identity.SignedInUser;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} against the stored token hashes.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final IdentityManagement identity;

	private final AuthenticationEntryPoint entryPoint;

	ApiTokenAuthenticationFilter(IdentityManagement identity, AuthenticationEntryPoint entryPoint) {
		this.identity = identity;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<SignedInUser> user = identity.authenticateToken(header.substring(PREFIX.length()).trim());
		if (user.isEmpty()) {
			entryPoint.commence(request, response, new BadCredentialsException("invalid token"));
			return;
		}
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				user.get(), null, AuthorityUtils.NO_AUTHORITIES));
		chain.doFilter(request, response);
	}
}
