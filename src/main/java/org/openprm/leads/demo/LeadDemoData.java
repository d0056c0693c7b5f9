package org.openprm.leads.demo;

import java.math.BigDecimal;
import java.util.List;

import javax.sql.DataSource;

import org.openprm.identity.CurrentActor;
import org.openprm.leads.LeadDraft;
import org.openprm.leads.LeadManagement;
import org.openprm.leads.LeadView;
import org.openprm.leads.LeadWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A handful of demo leads across the demo partners' countries: routed, accepted, one waiting below
 * the threshold. Loaded once, with the other demo data, when no lead exists yet.
 */
@Component
@Order(30)
class LeadDemoData implements ApplicationRunner {

	private final LeadManagement leads;

	private final LeadWork work;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final String mode;

	LeadDemoData(LeadManagement leads, LeadWork work, TransactionTemplate transaction, JdbcClient jdbc,
			DataSource dataSource, @Value("${prm.demo-data:auto}") String mode) {
		this.leads = leads;
		this.work = work;
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
			boolean demoPartners = jdbc.sql("SELECT COUNT(*) FROM partners WHERE name = 'Northwind Systems'")
				.query(Long.class).single() > 0;
			if (demoPartners && jdbc.sql("SELECT COUNT(*) FROM leads").query(Long.class).single() == 0) {
				load();
			}
			return null;
		}));
	}

	private void load() {
		LeadView seattle = leads.receive(draft("Rainier Logistics", "US", "WA", "98104", 47.60, -122.33, "networking", 400));
		leads.receive(draft("Thames Analytics", "GB", "London", "EC2A 1AB", 51.52, -0.08, "networking", 250));
		LeadView munich = leads.receive(draft("Isar Kliniken", "DE", "Bavaria", "80331", 48.14, 11.57, "security", 1200));
		leads.receive(draft("Kleine Bäckerei", "DE", null, null, null, null, null, null));
		if (munich.assignedPartnerId() != null) {
			work.accept(munich.id());
		}
		if (seattle.assignedPartnerId() != null) {
			work.accept(seattle.id());
		}
	}

	private static LeadDraft draft(String company, String country, String region, String postalCode, Double latitude,
			Double longitude, String interest, Integer size) {
		boolean full = latitude != null;
		return new LeadDraft(company, full ? "Sam Buyer" : null, full ? "sam@" + company.toLowerCase()
			.replaceAll("[^a-z]", "") + ".example" : null, full ? "+1 555 0100" : null, country, region, postalCode,
				full ? BigDecimal.valueOf(latitude) : null, full ? BigDecimal.valueOf(longitude) : null,
				interest == null ? List.of() : List.of(interest), full ? "webinar" : "web", size,
				full ? new BigDecimal("30000") : null, full ? "EUR" : null, null);
	}

	private boolean wanted() throws Exception {
		if ("true".equalsIgnoreCase(mode)) {
			return true;
		}
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName());
		return "auto".equalsIgnoreCase(mode) && "H2".equalsIgnoreCase(product);
	}
}
