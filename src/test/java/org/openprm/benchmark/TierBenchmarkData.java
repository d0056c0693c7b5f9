package org.openprm.benchmark;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.openprm.identity.CurrentActor;
import org.openprm.programs.Benefits;
import org.openprm.programs.Metric;
import org.openprm.programs.ProgramCatalogue;
import org.openprm.programs.ProgramDraft;
import org.openprm.programs.ProgramView;
import org.openprm.programs.Requirement;
import org.openprm.programs.TierDraft;
import org.openprm.programs.TierRequirements;
import org.openprm.programs.TierView;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tier evaluation benchmark's data set: three programmes of three tiers with requirements on every
 * metric (one on a custom attribute), designed through the facades; then partners, one membership per
 * programme each, and four to six figures per partner, written set-based in JDBC batches.
 */
final class TierBenchmarkData {

	private static final int BATCH = 1000;

	private final ProgramCatalogue catalogue;

	private final TierRequirements terms;

	private final JdbcTemplate jdbc;

	private final Random random = new Random(42);

	TierBenchmarkData(ProgramCatalogue catalogue, TierRequirements terms, JdbcTemplate jdbc) {
		this.catalogue = catalogue;
		this.terms = terms;
		this.jdbc = jdbc;
	}

	List<ProgramView> generate(int partners) {
		List<ProgramView> programmes = CurrentActor.runAsSystem(this::programmes);
		Instant now = Instant.now();
		Timestamp at = Timestamp.from(now);
		jdbc.update("INSERT INTO custom_attribute_definitions (id, attr_key, label, type, required, choices, created_at, "
				+ "version) VALUES (?, 'msp_certified', 'MSP certified', 'TEXT', FALSE, '', ?, 0)", UUID.randomUUID(), at);
		List<Object[]> partnerRows = new ArrayList<>();
		List<Object[]> memberships = new ArrayList<>();
		List<Object[]> figures = new ArrayList<>();
		List<Object[]> attributes = new ArrayList<>();
		for (int i = 0; i < partners; i++) {
			UUID id = UUID.randomUUID();
			String name = "Bench Partner " + i;
			partnerRows.add(new Object[] { id, name, name.toLowerCase(), name + " GmbH", "RESELLER", "ACTIVE", "DE",
					",bench-" + i + ".example,", ",bench,", at, at });
			for (ProgramView programme : programmes) {
				TierView tier = programme.tiers().get(random.nextInt(programme.tiers().size()));
				memberships.add(new Object[] { UUID.randomUUID(), id, programme.id(), tier.id(), at, at, at, at });
			}
			figure(figures, id, Metric.REVENUE_12M, "", 50_000 + random.nextInt(300_000), "EUR", at);
			figure(figures, id, Metric.CERTIFIED_PEOPLE, "SALES", random.nextInt(6), null, at);
			figure(figures, id, Metric.WON_DEALS, "", random.nextInt(25), null, at);
			figure(figures, id, Metric.CUSTOMER_SATISFACTION, "", 60 + random.nextInt(40), null, at);
			if (random.nextBoolean()) {
				figure(figures, id, Metric.CERTIFIED_PEOPLE, "TECHNICAL", random.nextInt(5), null, at);
				figure(figures, id, Metric.REGISTERED_DEALS, "", random.nextInt(30), null, at);
			}
			attributes.add(new Object[] { id, "msp_certified", random.nextInt(3) == 0 ? "no" : "yes" });
		}
		batch("INSERT INTO partners (id, name, name_key, legal_name, type, status, country, domains, tags, created_at, "
				+ "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", partnerRows);
		batch("INSERT INTO partner_attribute_values (partner_id, attr_key, attr_value) VALUES (?, ?, ?)", attributes);
		batch("INSERT INTO program_memberships (id, partner_id, program_id, tier_id, since, tier_since, created_at, "
				+ "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)", memberships);
		batch("INSERT INTO partner_figures (partner_id, metric, qualifier, figure_value, currency, imported_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?)", figures);
		return programmes;
	}

	private List<ProgramView> programmes() {
		String run = Long.toString(System.currentTimeMillis(), 36);
		return List.of(
				programme("reseller-" + run, "Reseller", List.of(),
						List.of(req(Metric.REVENUE_12M, "", 100_000, "EUR"), req(Metric.CERTIFIED_PEOPLE, "SALES", 2, null)),
						List.of(req(Metric.REVENUE_12M, "", 250_000, "EUR"), req(Metric.CERTIFIED_PEOPLE, "SALES", 4, null),
								req(Metric.WON_DEALS, "", 10, null))),
				programme("msp-" + run, "MSP", List.of(),
						List.of(req(Metric.CUSTOMER_SATISFACTION, "", 80, null), new Requirement(null, null,
								Metric.CUSTOM_ATTRIBUTE, "msp_certified", null, null, "yes", null, null)),
						List.of(req(Metric.CUSTOMER_SATISFACTION, "", 90, null), req(Metric.CERTIFIED_PEOPLE, "TECHNICAL", 3, null))),
				programme("referral-" + run, "Referral", List.of(), List.of(req(Metric.REGISTERED_DEALS, "", 5, null)),
						List.of(req(Metric.REGISTERED_DEALS, "", 20, null), req(Metric.WON_DEALS, "", 5, null))));
	}

	@SafeVarargs
	private ProgramView programme(String key, String name, List<Requirement>... tiers) {
		ProgramView programme = catalogue.define(new ProgramDraft(key, name + " " + key, null, true));
		for (int rank = 1; rank <= tiers.length; rank++) {
			TierView tier = catalogue.addTier(programme.id(), new TierDraft("t" + rank, name + " tier " + rank, rank));
			terms.replace(programme.id(), tier.id(), tiers[rank - 1], Benefits.none());
		}
		return catalogue.program(programme.id());
	}

	private static Requirement req(Metric metric, String qualifier, int minimum, String currency) {
		return new Requirement(null, null, metric, qualifier, BigDecimal.valueOf(minimum), currency, null, null, null);
	}

	private static void figure(List<Object[]> rows, UUID partner, Metric metric, String qualifier, int value,
			String currency, Timestamp at) {
		rows.add(new Object[] { partner, metric.name(), qualifier, BigDecimal.valueOf(value), currency, at });
	}

	private void batch(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}
}
