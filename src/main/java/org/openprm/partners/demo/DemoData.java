package org.openprm.partners.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.openprm.identity.CurrentActor;
import org.openprm.identity.IdentityManagement;
import org.openprm.identity.JobRole;
import org.openprm.identity.Role;
import org.openprm.partners.Address;
import org.openprm.partners.AttributeType;
import org.openprm.partners.PartnerDraft;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerStatus;
import org.openprm.partners.PartnerView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo data set of vendor "Acme Networks", loaded on the first start of the embedded database
 * (or wherever {@code prm.demo-data=true}); never on a production database unless asked for.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo1234";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final PartnerManagement partners;

	private final IdentityManagement identity;

	private final TransactionTemplate transaction;

	private final DataSource dataSource;

	private final String mode;

	DemoData(PartnerManagement partners, IdentityManagement identity, TransactionTemplate transaction,
			DataSource dataSource, @Value("${prm.demo-data:auto}") String mode) {
		this.partners = partners;
		this.identity = identity;
		this.transaction = transaction;
		this.dataSource = dataSource;
		this.mode = mode;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (!wanted()) {
			return;
		}
		CurrentActor.runAsSystem(() -> transaction.execute(status -> {
			if (!identity.anyUser()) {
				load();
			}
			return null;
		}));
	}

	private boolean wanted() throws Exception {
		if ("true".equalsIgnoreCase(mode)) {
			return true;
		}
		if (!"auto".equalsIgnoreCase(mode)) {
			return false;
		}
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName());
		return "H2".equalsIgnoreCase(product);
	}

	private void load() {
		log.info("Loading the demo data set (vendor Acme Networks)");
		identity.createActiveUser("admin@acme.example", "Avery Admin", Role.VENDOR_ADMIN, null, null, PASSWORD);
		identity.createActiveUser("cam@acme.example", "Casey Channel", Role.CHANNEL_MANAGER, null, null, PASSWORD);
		partners.defineAttribute("employees", "Employees", AttributeType.NUMBER, false, List.of());
		partners.defineAttribute("partner_since", "Partner since", AttributeType.DATE, false, List.of());
		partners.defineAttribute("focus", "Focus market", AttributeType.CHOICE, false,
				List.of("SMB", "Mid-market", "Enterprise", "Public sector"));

		Map<String, UUID> ids = new LinkedHashMap<>();
		for (DemoPartners.Row row : DemoPartners.ROWS) {
			UUID parent = row.parent() == null ? null : ids.get(row.parent());
			PartnerView partner = partners.register(draft(row, parent));
			ids.put(row.name(), partner.id());
			if (row.status() != PartnerStatus.PROSPECT) {
				partners.changeStatus(partner.id(), PartnerStatus.ACTIVE, "Demo data");
			}
			if (row.status() == PartnerStatus.SUSPENDED) {
				partners.changeStatus(partner.id(), PartnerStatus.SUSPENDED, "Demo data: overdue agreement");
			}
		}
		identity.createActiveUser("alice@northwind.example", "Alice Northwind", Role.PARTNER_ADMIN, JobRole.EXECUTIVE,
				ids.get("Northwind Systems"), PASSWORD);
		identity.createActiveUser("bob@contoso.example", "Bob Contoso", Role.PARTNER_ADMIN, JobRole.SALES,
				ids.get("Contoso Networks"), PASSWORD);
		identity.createActiveUser("dana@distri.example", "Dana Distri", Role.PARTNER_ADMIN, JobRole.EXECUTIVE,
				ids.get("Distri Europe"), PASSWORD);
		identity.createActiveUser("nick@northwind.example", "Nick Sales", Role.PARTNER_USER, JobRole.SALES,
				ids.get("Northwind Systems"), PASSWORD);
		identity.createActiveUser("tina@contoso.example", "Tina Tech", Role.PARTNER_USER, JobRole.TECHNICAL,
				ids.get("Contoso Networks"), PASSWORD);
	}

	private static PartnerDraft draft(DemoPartners.Row row, UUID parent) {
		String domain = row.name().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + ".example";
		if (row.name().equals("Northwind Systems")) {
			domain = "northwind.example";
		}
		else if (row.name().equals("Contoso Networks")) {
			domain = "contoso.example";
		}
		else if (row.name().equals("Distri Europe")) {
			domain = "distri.example";
		}
		Address hq = new Address("Headquarters", row.street(), row.city(), row.postalCode(), null, row.country(),
				BigDecimal.valueOf(row.latitude()), BigDecimal.valueOf(row.longitude()));
		List<String> tags = new ArrayList<>(List.of(row.tags().split(" ")));
		Map<String, String> attributes = new LinkedHashMap<>();
		attributes.put("employees", String.valueOf(row.employees()));
		attributes.put("focus", row.focus());
		return new PartnerDraft(row.name(), row.name() + " " + row.legalForm(), row.type(), parent, row.country(),
				List.of(domain), tags, List.of(hq), attributes);
	}
}
