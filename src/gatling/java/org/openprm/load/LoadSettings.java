package org.openprm.load;

import java.nio.file.Path;

/**
 * What the simulations run against and how hard, from system properties ({@code -Drate=200} ...), so
 * one command line changes them. Defaults: the target, 200 requests/s for 5 minutes.
 */
record LoadSettings(String baseUrl, double rate, int durationSeconds, Path dataDir, int roundsPerSignIn) {

	static LoadSettings fromSystemProperties() {
		return new LoadSettings(System.getProperty("baseUrl", "http://127.0.0.1:8080"),
				Double.parseDouble(System.getProperty("rate", "200")),
				Integer.parseInt(System.getProperty("duration", "300")),
				Path.of(System.getProperty("dataDir", "target/bench-data")).toAbsolutePath(),
				Integer.parseInt(System.getProperty("roundsPerSignIn", "5")));
	}

	/** A feeder file written by the data generator (scripts/generate-data.sh). */
	String feeder(String name) {
		Path file = dataDir.resolve(name + ".csv");
		if (!file.toFile().isFile()) {
			throw new IllegalStateException(file + " is missing: run scripts/generate-data.sh first "
					+ "(or with --feeders-only for a database filled earlier)");
		}
		return file.toString();
	}
}
