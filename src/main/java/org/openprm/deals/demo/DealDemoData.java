package org.openprm.deals.demo;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.openprm.deals.AccountKind;
import org.openprm.deals.CustomerAccounts;
import org.openprm.deals.DealDecisions;
import org.openprm.deals.DealDraft;
import org.openprm.deals.DealManagement;
import org.openprm.deals.DealStage;
import org.openprm.deals.DealView;
import org.openprm.deals.EndCustomer;
import org.openprm.deals.ProductCatalogue;
import org.openprm.deals.ProductLine;
import org.openprm.identity.CurrentActor;
import org.openprm.partners.PartnerCriteria;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerView;
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
 * Demo deal registrations in every interesting state, a small catalogue and a few CRM accounts for the
 * demo partners. Loaded with the partners' demo data only: when demo data is wanted, the demo partners
 * exist and no deal has been registered yet.
 */
@Component
@Order(20)
class DealDemoData implements ApplicationRunner {

	private final DealManagement deals;

	private final DealDecisions decisions;

	private final CustomerAccounts accounts;

	private final ProductCatalogue catalogue;

	private final PartnerManagement partners;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final String mode;

	DealDemoData(DealManagement deals, DealDecisions decisions, CustomerAccounts accounts, ProductCatalogue catalogue,
			PartnerManagement partners, TransactionTemplate transaction, JdbcClient jdbc, DataSource dataSource,
			@Value("${prm.demo-data:auto}") String mode) {
		this.deals = deals;
		this.decisions = decisions;
		this.accounts = accounts;
		this.catalogue = catalogue;
		this.partners = partners;
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
			UUID northwind = partner("Northwind Systems");
			UUID contoso = partner("Contoso Networks");
			boolean empty = jdbc.sql("SELECT COUNT(*) FROM deal_registrations").query(Long.class).single() == 0;
			if (empty && northwind != null && contoso != null) {
				load(northwind, contoso);
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

	private void load(UUID northwind, UUID contoso) {
		catalogue.define("SW-24", "Switch 24 port", true, Map.of("EUR", new BigDecimal("1200"), "USD", new BigDecimal("1300")));
		catalogue.define("RT-X", "Edge router X", true, Map.of("EUR", new BigDecimal("4500"), "USD", new BigDecimal("4900")));
		catalogue.define("SUP-1Y", "Support, one year", true, Map.of("EUR", new BigDecimal("900"), "USD", new BigDecimal("990")));
		accounts.importCsv(AccountKind.ACCOUNT, new StringReader("""
				external_id,name,domain,country,city,postal_code,street,phone
				CRM-001,Stark Industries Inc.,starkindustries.com,US,New York,10001,200 Park Ave,+1 212 555 0100
				CRM-002,Wayne Enterprises,wayne-enterprises.com,US,Gotham,10019,1007 Mountain Dr,
				"""));
		approved(register(northwind, "Globex Corporation", "globex.com", "US", "SW-24", 20, DealStage.PROPOSAL));
		register(contoso, "GLOBEX Corp.", "www.globex.com", "US", "RT-X", 2, DealStage.QUALIFICATION);
		register(northwind, "Initech GmbH", "initech.de", "DE", "SUP-1Y", 10, DealStage.NEEDS_ANALYSIS);
		DealView won = approved(register(contoso, "Umbrella Health B.V.", "umbrella-health.nl", "NL", "RT-X", 4,
				DealStage.COMMIT));
		deals.win(won.id());
		DealView rejected = register(contoso, "Stark Industries", "starkindustries.com", "US", "SW-24", 50,
				DealStage.QUALIFICATION);
		decisions.reject(rejected.id(), "Stark Industries is a direct account of Acme Networks");
	}

	private DealView register(UUID partner, String customer, String domain, String country, String product,
			int quantity, DealStage stage) {
		return deals.register(new DealDraft(partner, null,
				new EndCustomer(customer, domain, country, null, null, null, "Pat Buyer", null, null),
				List.of(new ProductLine(product, null, BigDecimal.valueOf(quantity), null)), null, "EUR",
				LocalDate.now().plusMonths(2), stage, "Demo data", true));
	}

	private DealView approved(DealView registration) {
		return decisions.approve(registration.id(), null);
	}

	private UUID partner(String name) {
		return partners.search(new PartnerCriteria(name, null, null, null, null, null), PageRequest.of(0, 5)).items()
			.stream().filter(p -> p.name().equals(name)).map(PartnerView::id).findFirst().orElse(null);
	}
}
