package org.openprm.programs.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.openprm.identity.CurrentActor;
import org.openprm.partners.PartnerCriteria;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerView;
import org.openprm.programs.ProgramCatalogue;
import org.openprm.programs.ProgramDraft;
import org.openprm.programs.ProgramManagement;
import org.openprm.programs.ProgramView;
import org.openprm.programs.TierDraft;
import org.openprm.programs.TierView;
import org.openprm.programs.Benefits;
import org.openprm.programs.ComplianceStatus;
import org.openprm.programs.domain.MembershipState;
import org.openprm.programs.domain.MembershipStates;
import org.openprm.programs.Metric;
import org.openprm.programs.PartnerFigures;
import org.openprm.programs.Requirement;
import org.openprm.programs.TierRequirements;
import java.io.StringReader;
import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo programmes Reseller (Registered, Silver, Gold), MSP (Registered, Gold) and Referral
 * (Registered), with the demo partners enrolled. Loaded with the partners' demo data only, once.
 */
@Component
@Order(15)
class ProgramDemoData implements ApplicationRunner {

	/** Partner name, programme key, tier key. */
	private static final List<List<String>> ENROLMENTS = List.of(List.of("Northwind Systems", "reseller", "silver"),
			List.of("Northwind Systems", "referral", "registered"), List.of("Contoso Networks", "reseller", "gold"),
			List.of("Alpenland IT", "reseller", "registered"), List.of("Rhein Netzwerke", "reseller", "silver"),
			List.of("Bavaria Systemhaus", "reseller", "registered"), List.of("Golden Gate Networks", "reseller", "gold"),
			List.of("Sunset IT Partners", "reseller", "registered"), List.of("Fjord Tech", "referral", "registered"),
			List.of("Lone Star Managed Services", "msp", "gold"));

	private final ProgramCatalogue catalogue;

	private final ProgramManagement programs;

	private final TierRequirements terms;

	private final PartnerFigures figures;

	private final PartnerManagement partners;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	private final MembershipStates states;

	private final DataSource dataSource;

	private final String mode;

	ProgramDemoData(ProgramCatalogue catalogue, ProgramManagement programs, TierRequirements terms, PartnerFigures figures,
			PartnerManagement partners,
			TransactionTemplate transaction, JdbcClient jdbc, MembershipStates states, DataSource dataSource,
			@Value("${prm.demo-data:auto}") String mode) {
		this.catalogue = catalogue;
		this.terms = terms;
		this.figures = figures;
		this.programs = programs;
		this.partners = partners;
		this.transaction = transaction;
		this.jdbc = jdbc;
		this.states = states;
		this.dataSource = dataSource;
		this.mode = mode;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (!wanted()) {
			return;
		}
		CurrentActor.runAsSystem(() -> transaction.execute(status -> {
			boolean empty = jdbc.sql("SELECT COUNT(*) FROM programs").query(Long.class).single() == 0;
			if (empty && partner("Northwind Systems") != null) {
				load();
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

	private void load() {
		Map<String, ProgramView> byKey = Map.of(
				"reseller", program("reseller", "Reseller", "For partners who resell Acme Networks products.",
						"registered:Registered", "silver:Silver", "gold:Gold"),
				"msp", program("msp", "MSP", "For managed service providers running Acme networks for their customers.",
						"registered:Registered", "gold:Gold"),
				"referral", program("referral", "Referral", "For partners who refer customers and earn a fee.",
						"registered:Registered"));
		requirements(byKey.get("reseller"));
		for (List<String> row : ENROLMENTS) {
			UUID partner = partner(row.get(0));
			ProgramView program = byKey.get(row.get(1));
			UUID tier = program.tiers().stream().filter(t -> t.key().equals(row.get(2))).findFirst().orElseThrow().id();
			if (partner != null) {
				programs.enrol(partner, program.id(), tier);
			}
		}
		pendingDowngrade(byKey.get("reseller"));
	}

	/** Reseller tier changes need approval; Rhein Netzwerke missed Silver past its grace period and waits for it. */
	private void pendingDowngrade(ProgramView reseller) {
		terms.configure(reseller.id(), new TierRequirements.ComplianceSettings(true, 90, 10));
		UUID rhein = partner("Rhein Netzwerke");
		if (rhein == null) {
			return;
		}
		Instant since = Instant.now().minus(Duration.ofDays(100));
		states.ofPartner(rhein).stream().filter(s -> s.programId().equals(reseller.id())).findFirst()
			.ifPresent(s -> states.update(List.of(new MembershipState(s.id(), rhein, reseller.id(), s.tierId(),
					ComplianceStatus.DOWNGRADE_DUE, since, reseller.tiers().get(0).id(),
					"Requirements of Silver not met since " + since + "; the grace period ended")), Instant.now()));
	}

	/** Silver and Gold of Reseller require revenue, certified sales people and won deals; Northwind has figures. */
	private void requirements(ProgramView reseller) {
		TierView silver = reseller.tiers().get(1);
		TierView gold = reseller.tiers().get(2);
		terms.replace(reseller.id(), silver.id(), List.of(
				requirement(Metric.REVENUE_12M, "", "100000", "EUR"), requirement(Metric.CERTIFIED_PEOPLE, "SALES", "2", null),
				requirement(Metric.WON_DEALS, "", "3", null)),
				new Benefits(new BigDecimal("10"), new BigDecimal("2"), 90, 2, List.of("silver-kit")));
		terms.replace(reseller.id(), gold.id(), List.of(
				requirement(Metric.REVENUE_12M, "", "250000", "EUR"), requirement(Metric.CERTIFIED_PEOPLE, "SALES", "4", null),
				requirement(Metric.WON_DEALS, "", "8", null)),
				new Benefits(new BigDecimal("20"), new BigDecimal("4"), 120, 5, List.of("silver-kit", "gold-kit")));
		figures.importCsv(new StringReader("""
				partner,metric,qualifier,value,currency,period
				Northwind Systems,REVENUE_12M,,210000,EUR,2026
				Northwind Systems,CERTIFIED_PEOPLE,SALES,2,,2026
				Northwind Systems,WON_DEALS,,9,,2026
				Contoso Networks,REVENUE_12M,,320000,EUR,2026
				Contoso Networks,CERTIFIED_PEOPLE,SALES,5,,2026
				Contoso Networks,WON_DEALS,,12,,2026
				"""));
	}

	private static Requirement requirement(Metric metric, String qualifier, String minimum, String currency) {
		return new Requirement(null, null, metric, qualifier, new BigDecimal(minimum), currency, null, null, null);
	}

	private ProgramView program(String key, String name, String description, String... tiers) {
		ProgramView program = catalogue.define(new ProgramDraft(key, name, description, true));
		for (int rank = 1; rank <= tiers.length; rank++) {
			String[] tier = tiers[rank - 1].split(":");
			catalogue.addTier(program.id(), new TierDraft(tier[0], tier[1], rank));
		}
		return programs.program(program.id());
	}

	private UUID partner(String name) {
		return partners.search(new PartnerCriteria(name, null, null, null, null, null), PageRequest.of(0, 5)).items()
			.stream().filter(p -> p.name().equals(name)).map(PartnerView::id).findFirst().orElse(null);
	}
}
