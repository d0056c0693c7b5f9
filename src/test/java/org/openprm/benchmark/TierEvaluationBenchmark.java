package org.openprm.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.openprm.OpenPrmApplication;
import org.openprm.programs.ComplianceJob;
import org.openprm.programs.EvaluationSummary;
import org.openprm.programs.ProgramCatalogue;
import org.openprm.programs.TierRequirements;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times the full tier evaluation (target: 10,000 partners in under 60 s). Starts the application
 * (on a free port; nothing calls it) on a fresh database, generates the data set ({@link TierBenchmarkData}) and
 * runs the nightly evaluation several times, one day apart, printing each run's time. Run it with
 * {@code scripts/bench-tiers.sh [h2|postgres]}; arguments: JDBC URL, user, partners, runs.
 */
public final class TierEvaluationBenchmark {

	private TierEvaluationBenchmark() {
	}

	public static void main(String[] args) {
		String url = args[0];
		int partners = Integer.parseInt(args[2]);
		int runs = Integer.parseInt(args[3]);
		// Command-line arguments, not default properties: those would lose against application.properties.
		String[] settings = { "--spring.datasource.url=" + url, "--spring.datasource.username=" + args[1],
				"--spring.datasource.password=", "--prm.demo-data=false", "--prm.admin.email=bench@acme.example",
				"--prm.admin.password=bench-password-1234", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
				"--server.port=0", "--prm.programs.evaluation-cron=-" };
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OpenPrmApplication.class).run(settings)) {
			long started = System.nanoTime();
			new TierBenchmarkData(app.getBean(ProgramCatalogue.class), app.getBean(TierRequirements.class),
					app.getBean(JdbcTemplate.class)).generate(partners);
			System.out.printf("[bench-tiers] generated %,d partners, %,d memberships in %.1f s%n", partners, partners * 3,
					(System.nanoTime() - started) / 1e9);
			ComplianceJob job = app.getBean(ComplianceJob.class);
			List<Double> seconds = new ArrayList<>();
			Instant day = Instant.now();
			for (int run = 1; run <= runs; run++) {
				long start = System.nanoTime();
				EvaluationSummary summary = job.runAt(day);
				double took = (System.nanoTime() - start) / 1e9;
				seconds.add(took);
				System.out.printf("[bench-tiers] run %d: %.2f s (%,d evaluated, %,d changed, %,d pending)%n", run, took,
						summary.evaluated(), summary.changed(), summary.pending());
				day = day.plus(Duration.ofDays(1));
			}
			double worst = seconds.stream().mapToDouble(Double::doubleValue).max().orElse(0);
			System.out.printf("[bench-tiers] slowest run %.2f s, target < 60 s: %s%n", worst, worst < 60 ? "met" : "NOT met");
		}
	}
}
