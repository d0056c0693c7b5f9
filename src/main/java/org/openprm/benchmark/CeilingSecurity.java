package org.openprm.benchmark;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Lets the ceiling endpoints through without a login, session or CSRF token: measuring the floor means
 * leaving out everything above the database. Exists only while the endpoints are switched on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(CeilingProbe.ENABLED)
class CeilingSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain ceilingChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/benchmark/ceiling/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable());
		return http.build();
	}
}
