package org.openprm.leads.bench;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.openprm.OpenPrmApplication;
import org.openprm.identity.CurrentActor;
import org.openprm.leads.LeadImport;
import org.openprm.leads.LeadImportReport;
import org.openprm.partners.Address;
import org.openprm.partners.PartnerDraft;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerStatus;
import org.openprm.partners.PartnerType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * End-to-end import benchmark (plain main), run with {@code scripts/bench-leads.sh import}: starts the whole
 * application on a fresh PostgreSQL database ({@code -Dbench.db.url}), registers {@code -Dpartners} active
 * partners in five countries, then imports {@code -Dleads} leads from one CSV through {@link LeadImport}:
 * each row is checked, scored, matched against leads and deal registrations, routed with its explanation
 * and persisted in its own transaction. Prints the wall time of the import and what the database holds.
 */
public final class LeadImportBench {

	private static final String[] COUNTRIES = { "DE", "FR", "GB", "US", "NL" };

	private LeadImportBench() {
	}

	public static void main(String[] args) {
		int partnerCount = Integer.getInteger("partners", 500);
		int leads = Integer.getInteger("leads", 100_000);
		ConfigurableApplicationContext app = new SpringApplicationBuilder(OpenPrmApplication.class).run(
				"--spring.datasource.url=" + System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/openprm_leadbench"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
				"--prm.demo-data=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--prm.data-dir=target/bench-leads/data", "--prm.leads.default-capacity=1000000",
				"--prm.admin.email=bench-admin@leadbench.example", "--prm.admin.password=bench-password-1");
		try {
			Random random = new Random(7);
			PartnerManagement partners = app.getBean(PartnerManagement.class);
			long start = System.nanoTime();
			CurrentActor.runAsSystem(() -> {
				for (int i = 0; i < partnerCount; i++) {
					String country = COUNTRIES[i % COUNTRIES.length];
					Address hq = new Address("HQ", "Street " + i, "City " + i, null, null, country,
							BigDecimal.valueOf(40 + random.nextDouble() * 15), BigDecimal.valueOf(-5 + random.nextDouble() * 20));
					var partner = partners.register(new PartnerDraft("Bench Partner " + i, "Bench Partner " + i + " Ltd",
							PartnerType.RESELLER, null, country, List.of("bench-partner-" + i + ".example"),
							List.of("networking", i % 2 == 0 ? "security" : "cloud"), List.of(hq), Map.of()));
					partners.changeStatus(partner.id(), PartnerStatus.ACTIVE, "benchmark");
				}
				return null;
			});
			System.out.printf("partners: %d registered in %.1f s%n", partnerCount, (System.nanoTime() - start) / 1e9);
			String csv = csv(leads, random);
			LeadImport imports = app.getBean(LeadImport.class);
			start = System.nanoTime();
			LeadImportReport report = CurrentActor.runAsSystem(() -> imports.importCsv(new StringReader(csv),
					Map.of("Firma", "company", "Land", "country")));
			double seconds = (System.nanoTime() - start) / 1e9;
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			long stored = jdbc.sql("SELECT COUNT(*) FROM leads").query(Long.class).single();
			long routed = jdbc.sql("SELECT COUNT(*) FROM lead_assignments").query(Long.class).single();
			System.out.printf("import: %d rows, %d received, %d routed, %d refused rows, %.1f s (%.0f leads/s); "
					+ "database: %d leads, %d assignments with explanations%n", report.rows(), report.received(),
					report.routed(), report.problems().size(), seconds, report.rows() / seconds, stored, routed);
		}
		finally {
			app.close();
		}
	}

	/** Distinct companies, realistic fields, a mapped header ("Firma", "Land") and product interests as "a;b". */
	private static String csv(int rows, Random random) {
		StringBuilder csv = new StringBuilder("Firma,contactName,email,phone,Land,postalCode,latitude,longitude,"
				+ "productInterest,source,companySize,estimatedValue,currency\n");
		String[] sources = { "web", "webinar", "event", "referral" };
		for (int i = 0; i < rows; i++) {
			String company = "Lead Company " + Integer.toString(i, 36) + " " + Long.toString(random.nextLong() & 0xffffffL, 36);
			csv.append(company).append(",Contact ").append(i).append(",buyer").append(i).append("@lead")
				.append(i).append(".example,+49 30 ").append(100000 + i).append(',')
				.append(COUNTRIES[random.nextInt(COUNTRIES.length)]).append(',').append(10000 + random.nextInt(89999))
				.append(',').append(String.format(java.util.Locale.ROOT, "%.4f", 40 + random.nextDouble() * 15)).append(',')
				.append(String.format(java.util.Locale.ROOT, "%.4f", -5 + random.nextDouble() * 20)).append(',')
				.append(random.nextBoolean() ? "networking;security" : "cloud").append(',')
				.append(sources[random.nextInt(sources.length)]).append(',').append(random.nextInt(5000)).append(',')
				.append(1000 + random.nextInt(100000)).append(",EUR\n");
		}
		return csv.toString();
	}
}
