package org.openprm.identity.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.openprm.identity.IdentityManagement;
import org.openprm.identity.IssuedToken;
import org.openprm.identity.TokenSummary;
import org.openprm.identity.security.PrmUserDetails;
import org.openprm.shared.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Personal access tokens: created with e-mail and password, listed and revoked with a token.
 */
@RestController
@RequestMapping("/api/v1/auth/tokens")
@Tag(name = "Tokens")
class AuthTokenRestController {

	private final IdentityManagement identity;

	private final AuthenticationManager authentication;

	AuthTokenRestController(IdentityManagement identity, AuthenticationManager authentication) {
		this.identity = identity;
		this.authentication = authentication;
	}

	record CreateTokenRequest(@NotBlank @Email String email, @NotBlank String password,
			@NotBlank @Size(max = 100) String name, @Min(1) @Max(366) Integer expiresInDays) {
	}

	record TokenResponse(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt,
			Instant lastUsedAt, Instant revokedAt, boolean active) {

		static TokenResponse of(TokenSummary token) {
			return new TokenResponse(token.id(), token.name(), token.prefix(), token.createdAt(), token.expiresAt(),
					token.lastUsedAt(), token.revokedAt(), token.active());
		}
	}

	record CreatedTokenResponse(String token, UUID id, String name, Instant expiresAt) {
	}

	@PostMapping
	@Operation(summary = "Create a personal access token; the secret is shown only in this response")
	ResponseEntity<?> create(@Valid @RequestBody CreateTokenRequest request) {
		Authentication user;
		try {
			user = authentication.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(request.email(), request.password()));
		}
		catch (AuthenticationException ex) {
			ProblemDetail problem = ApiProblems.problem(HttpStatus.UNAUTHORIZED, "bad-credentials",
					"Bad credentials", "E-mail or password is wrong, or the account is locked or inactive.");
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
		}
		UUID userId = ((PrmUserDetails) user.getPrincipal()).signedInUser().userId();
		Duration validity = request.expiresInDays() == null ? null : Duration.ofDays(request.expiresInDays());
		IssuedToken issued = identity.issueToken(userId, request.name(), validity);
		return ResponseEntity.created(URI.create("/api/v1/auth/tokens/" + issued.summary().id()))
			.body(new CreatedTokenResponse(issued.token(), issued.summary().id(), issued.summary().name(),
					issued.summary().expiresAt()));
	}

	@GetMapping
	@Operation(summary = "List my tokens")
	List<TokenResponse> list() {
		return identity.myTokens().stream().map(TokenResponse::of).toList();
	}

	@GetMapping("/{tokenId}")
	@Operation(summary = "Read one of my tokens (never the secret)")
	TokenResponse read(@PathVariable UUID tokenId) {
		return TokenResponse.of(identity.myToken(tokenId));
	}

	@DeleteMapping("/{tokenId}")
	@Operation(summary = "Revoke one of my tokens")
	TokenResponse revoke(@PathVariable UUID tokenId) {
		return TokenResponse.of(identity.revokeMyToken(tokenId));
	}
}
