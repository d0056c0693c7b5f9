package org.openprm.jmh;

import java.util.UUID;
import java.util.function.Supplier;

import org.openprm.OpenPrmApplication;
import org.openprm.identity.SignedInUser;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Starts the whole application, as in production, on the database the data generator filled
 * ({@code -Dbench.db.url}, default {@code jdbc:postgresql://127.0.0.1:5432/openprm_bench}), on a random
 * port, and runs code as one of its users.
 */
public final class BenchmarkApplication {

	private BenchmarkApplication() {
	}

	public static ConfigurableApplicationContext start() {
		// Command-line arguments: they win over application.properties, which would pick the embedded H2.
		return new SpringApplicationBuilder(OpenPrmApplication.class).run(
				"--spring.datasource.url=" + System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/openprm_bench"),
				"--spring.datasource.username=" + System.getProperty("bench.db.user", "postgres"),
				"--spring.datasource.password=" + System.getProperty("bench.db.password", ""),
				"--server.port=0", "--prm.demo-data=false", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN", "--prm.data-dir=target/jmh/data");
	}

	/** Runs {@code work} signed in as the given user, as a request with that user's session or token would. */
	public static <T> T as(UUID userId, String email, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new SignedInUser(userId, email), null,
				AuthorityUtils.NO_AUTHORITIES));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
