package org.openprm.programs.demo;

import java.util.List;

import javax.sql.DataSource;

import org.openprm.identity.CurrentActor;
import org.openprm.programs.ProgramManagement;
import org.openprm.programs.ProgramView;
import org.openprm.programs.SegmentCondition;
import org.openprm.programs.SegmentDraft;
import org.openprm.programs.SegmentField;
import org.openprm.programs.SegmentManagement;
import org.openprm.programs.SegmentOperator;
import org.openprm.programs.SegmentRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two demo segments over the demo programmes: resellers at Silver or above, and resellers in the DACH
 * countries. Loaded once, after the demo programmes, with the rest of the demo data.
 */
@Component
@Order(16)
class SegmentDemoData implements ApplicationRunner {

	private final SegmentManagement segments;

	private final ProgramManagement programs;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final String mode;

	SegmentDemoData(SegmentManagement segments, ProgramManagement programs, TransactionTemplate transaction,
			JdbcClient jdbc, DataSource dataSource, @Value("${prm.demo-data:auto}") String mode) {
		this.segments = segments;
		this.programs = programs;
		this.transaction = transaction;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.mode = mode;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (!wanted()) {
			return;
		}
		CurrentActor.runAsSystem(() -> transaction.execute(status -> {
			boolean empty = jdbc.sql("SELECT COUNT(*) FROM partner_segments").query(Long.class).single() == 0;
			ProgramView reseller = programs.programs().stream().filter(p -> p.key().equals("reseller")).findFirst()
				.orElse(null);
			if (empty && reseller != null) {
				load(reseller);
			}
			return null;
		}));
	}

	private boolean wanted() throws Exception {
		if ("true".equalsIgnoreCase(mode)) {
			return true;
		}
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName());
		return "auto".equalsIgnoreCase(mode) && "H2".equalsIgnoreCase(product);
	}

	private void load(ProgramView reseller) {
		String silver = reseller.tiers().stream().filter(t -> t.key().equals("silver")).findFirst().orElseThrow().id()
			.toString();
		segments.define(new SegmentDraft("Resellers at Silver or above",
				"Reseller programme members in tier Silver or a higher one.",
				SegmentRule.all(SegmentCondition.of(SegmentField.TIER, SegmentOperator.AT_LEAST, silver))));
		segments.define(new SegmentDraft("DACH resellers", "Resellers in Germany, Austria and Switzerland.",
				new SegmentRule(SegmentRule.Match.ALL,
						List.of(SegmentCondition.of(SegmentField.COUNTRY, SegmentOperator.IN, "DE", "AT", "CH"),
								SegmentCondition.of(SegmentField.TYPE, SegmentOperator.IN, "RESELLER")),
						List.of())));
	}
}
