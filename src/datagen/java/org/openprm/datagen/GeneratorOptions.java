package org.openprm.datagen;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What to generate and where. Every option has a default, so {@code --url} alone fills a database with
 * the full-size data set.
 */
public record GeneratorOptions(String url, String user, String password, int partners, int users, int tokens,
		int accounts, int deals, int leads, long seed, Path feedersDir, boolean feedersOnly) {

	static final String USAGE = """
			Usage: scripts/generate-data.sh [options]
			  --url JDBC-URL        database to fill (default jdbc:postgresql://127.0.0.1:5432/openprm_bench)
			  --user NAME           database user (default postgres)
			  --password SECRET     database password (default empty)
			  --partners N          partner organisations (default 10000)
			  --users N             partner users, spread over the partners (default 100000)
			  --tokens N            API tokens of partner admins, for the load tests (default 1000)
			  --accounts N          the vendor's direct accounts (CRM), for conflict checks (default 100000)
			  --deals N             deal registrations of the partners (default 1000000)
			  --leads N             leads with their assignments, 0 for none (default 1000000)
			  --seed N              random seed; the same seed gives the same data set on the same day (default 42)
			  --feeders DIR         where to write the Gatling feeder files (default target/bench-data)
			  --feeders-only        write only the feeder files, for a database filled earlier with the same options
			""";

	public static GeneratorOptions defaults() {
		return parse(new String[0]);
	}

	public static GeneratorOptions parse(String[] args) {
		Map<String, String> given = new HashMap<>();
		boolean feedersOnly = false;
		for (int i = 0; i < args.length; i++) {
			String name = args[i];
			if (name.equals("--feeders-only")) {
				feedersOnly = true;
			}
			else if (name.startsWith("--") && i + 1 < args.length) {
				given.put(name.substring(2), args[++i]);
			}
			else {
				throw new IllegalArgumentException("Unknown or incomplete option " + name + "\n" + USAGE);
			}
		}
		GeneratorOptions options = new GeneratorOptions(
				given.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/openprm_bench"),
				given.getOrDefault("user", "postgres"), given.getOrDefault("password", ""),
				number(given, "partners", 10_000), number(given, "users", 100_000), number(given, "tokens", 1_000),
				number(given, "accounts", 100_000), number(given, "deals", 1_000_000),
				number(given, "leads", 1_000_000, 0),
				Long.parseLong(given.getOrDefault("seed", "42")),
				Path.of(given.getOrDefault("feeders", "target/bench-data")), feedersOnly);
		if (options.users() < options.partners()) {
			throw new IllegalArgumentException("--users must be at least --partners: every partner gets an admin");
		}
		return options;
	}

	private static int number(Map<String, String> given, String name, int fallback) {
		return number(given, name, fallback, 1);
	}

	private static int number(Map<String, String> given, String name, int fallback, int least) {
		int value = Integer.parseInt(given.getOrDefault(name, String.valueOf(fallback)).replace("_", ""));
		if (value < least) {
			throw new IllegalArgumentException("--" + name + " must be at least " + least);
		}
		return value;
	}

	public boolean postgres() {
		return url.startsWith("jdbc:postgresql:");
	}
}
