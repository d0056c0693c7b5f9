package org.openprm.identity.security;

import org.openprm.shared.web.ratelimit.RateLimitedEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The endpoints that take a password or send mail to any address, limited per client address
 * ({@code prm.security.rate-limit.groups.*}) against password guessing across many accounts and
 * mail flooding. Account lockout covers guessing against one account.
 */
@Configuration
class SignInRateLimits {

	@Bean
	RateLimitedEndpoint loginRateLimit() {
		return RateLimitedEndpoint.page("login", HttpMethod.POST, "/login", "/login/rate-limited");
	}

	@Bean
	RateLimitedEndpoint tokenRateLimit() {
		return RateLimitedEndpoint.api("token", HttpMethod.POST, "/api/v1/auth/tokens");
	}

	@Bean
	RateLimitedEndpoint passwordResetRateLimit() {
		return RateLimitedEndpoint.page("password-reset", HttpMethod.POST, "/password-reset", "/password-reset/rate-limited");
	}
}
