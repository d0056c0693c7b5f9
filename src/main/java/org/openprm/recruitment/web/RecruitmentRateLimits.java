package org.openprm.recruitment.web;

import org.openprm.shared.web.ratelimit.RateLimitedEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The public application form and API share one budget per client address
 * ({@code prm.security.rate-limit.groups.application.*}) against spam and mail flooding.
 */
@Configuration(proxyBeanMethods = false)
class RecruitmentRateLimits {

	@Bean
	RateLimitedEndpoint applicationPageRateLimit() {
		return RateLimitedEndpoint.page("application", HttpMethod.POST, "/apply", "/apply/rate-limited");
	}

	@Bean
	RateLimitedEndpoint applicationApiRateLimit() {
		return RateLimitedEndpoint.api("application", HttpMethod.POST, "/api/v1/applications");
	}
}
