package org.openprm.identity.security;

import org.openprm.identity.CurrentActor;
import org.openprm.identity.IdentityManagement;
import org.openprm.shared.web.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Three filter chains: the Prometheus scrape takes the configured scrape token; the API
 * ({@code /api/**}) takes Bearer personal access tokens and keeps no session; the UI uses form login,
 * CSRF protection and sessions stored in the database.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

	@Bean
	PasswordEncoder passwordEncoder(@Value("${prm.security.password-checks.concurrency:0}") int concurrency,
			@Value("${prm.security.password-checks.native:true}") boolean nativeArgon2) {
		// Argon2id for new hashes; the delegating encoder still verifies older formats after an upgrade.
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put("argon2@SpringSecurity_v5_8", (nativeArgon2 ? NativeArgon2PasswordEncoder.ifAvailable()
			: Optional.<PasswordEncoder>empty()).orElseGet(Argon2PasswordEncoder::defaultsForSpringSecurity_v5_8));
		encoders.put("bcrypt", new BCryptPasswordEncoder());
		return new BoundedPasswordEncoder(new DelegatingPasswordEncoder("argon2@SpringSecurity_v5_8", encoders),
				concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors());
	}

	@Bean
	AuthenticationManager authenticationManager(PrmUserDetailsService userDetails, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher publisher) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
		provider.setPasswordEncoder(passwordEncoder);
		ProviderManager manager = new ProviderManager(provider);
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(publisher));
		return manager;
	}

	/** Only for the Prometheus scrape: a bearer scrape token, no session, nothing else reachable with it. */
	@Bean
	@Order(0)
	SecurityFilterChain metricsChain(HttpSecurity http, @Value("${prm.metrics.scrape-token:}") String scrapeToken)
			throws Exception {
		http.securityMatcher("/actuator/prometheus")
			.authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(MetricsScrapeToken.AUTHORITY))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new MetricsScrapeToken(scrapeToken), BasicAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Bearer");
				ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
						"Send the metrics scrape token (prm.metrics.scrape-token) as 'Authorization: Bearer <token>'.");
			}));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, IdentityManagement identity, AuthenticationManager manager)
			throws Exception {
		ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
		http.securityMatcher("/api/**")
			.authenticationManager(manager)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(HttpMethod.POST, "/api/v1/auth/tokens", "/api/v1/applications", "/api/v1/public/leads").permitAll()
				.anyRequest().authenticated())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Bearer tokens are never sent automatically by a browser, so CSRF cannot apply.
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new ApiTokenAuthenticationFilter(identity, entryPoint), BasicAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(new ProblemAccessDeniedHandler()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain uiChain(HttpSecurity http, AuthenticationManager manager, CurrentActor actors)
			throws Exception {
		http.authenticationManager(manager)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/login/rate-limited", "/invitations/**", "/password-reset", "/password-reset/**", "/apply", "/apply/**", "/webjars/**", "/assets/**", "/favicon.ico",
						"/error", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				.requestMatchers("/actuator/**").hasRole("VENDOR_ADMIN")
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")))
			.addFilterAfter(new ActiveUserFilter(actors), AnonymousAuthenticationFilter.class);
		return http.build();
	}
}
