package org.openprm.datagen;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Fills an empty database with the benchmark data set and writes the Gatling feeder files.
 * Run it with {@code scripts/generate-data.sh}; the options are in {@link GeneratorOptions#USAGE}.
 */
public final class GenerateData {

	private GenerateData() {
	}

	public static void main(String[] args) throws Exception {
		GeneratorOptions options;
		try {
			options = GeneratorOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		long started = System.nanoTime();
		if (options.feedersOnly()) {
			run(options, null);
		}
		else {
			Schema.migrate(options);
			try (Connection connection = DriverManager.getConnection(options.url(), options.user(), options.password())) {
				Schema.requireEmpty(connection);
				run(options, connection);
				Schema.analyze(connection, options.postgres());
			}
		}
		log("Done in %.1f s; feeder files in %s", seconds(started), options.feedersDir().toAbsolutePath());
	}

	static void run(GeneratorOptions options, Connection connection) throws Exception {
		run(options, connection, connection == null ? TableLoader.discarding()
				: TableLoader.forConnection(connection, options.postgres()));
	}

	/** Runs every step through {@code loader}; each commits on its own, so the log shows where the time goes. */
	static void run(GeneratorOptions options, Connection connection, TableLoader loader) throws Exception {
		if (connection != null) {
			connection.setAutoCommit(false);
		}
		CountingLoader counting = new CountingLoader(loader);
		try (FeederFiles feeders = new FeederFiles(options.feedersDir())) {
			GenerationContext context = new GenerationContext(options, counting, feeders, passwordEncoder().encode(
					GenerationContext.PASSWORD));
			for (GeneratorStep step : GeneratorSteps.all()) {
				long started = System.nanoTime();
				context.startStep(step);
				step.generate(context);
				counting.flush();
				if (connection != null) {
					connection.commit();
				}
				log("%-14s %s in %.1f s", step.name(), counting.drain(), seconds(started));
			}
		}
	}

	/** The application's encoder (see identity.security.SecurityConfig), so the stored hash is one it accepts. */
	static PasswordEncoder passwordEncoder() {
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put("argon2@SpringSecurity_v5_8", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		return new DelegatingPasswordEncoder("argon2@SpringSecurity_v5_8", encoders);
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / (double) TimeUnit.SECONDS.toNanos(1);
	}

	private static void log(String format, Object... args) {
		System.out.println("[generate-data] " + String.format(format, args));
	}
}
