package org.openprm.funds.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.openprm.funds.ClaimDraft;
import org.openprm.funds.FundClaims;
import org.openprm.funds.FundDraft;
import org.openprm.funds.FundManagement;
import org.openprm.funds.FundRequestDraft;
import org.openprm.funds.FundRequestView;
import org.openprm.funds.FundRequests;
import org.openprm.funds.FundView;
import org.openprm.funds.NewProofFile;
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
 * Demo funds: a partner fund of Northwind's with an approved webinar and its claim, a shared pool that
 * expires soon with a request of Contoso's waiting, and a co-op fund that accrues 2 % of won deals.
 * Loaded with the partners' demo data only, once.
 */
@Component
@Order(30)
class FundDemoData implements ApplicationRunner {

	private final FundManagement funds;

	private final FundRequests requests;

	private final FundClaims claims;

	private final PartnerManagement partners;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final String mode;

	FundDemoData(FundManagement funds, FundRequests requests, FundClaims claims, PartnerManagement partners,
			TransactionTemplate transaction, JdbcClient jdbc, DataSource dataSource, @Value("${prm.demo-data:auto}") String mode) {
		this.funds = funds;
		this.requests = requests;
		this.claims = claims;
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
			boolean empty = jdbc.sql("SELECT COUNT(*) FROM funds").query(Long.class).single() == 0;
			if (empty && northwind != null && contoso != null) {
				load(northwind, contoso);
			}
			return null;
		}));
	}

	private void load(UUID northwind, UUID contoso) {
		LocalDate today = LocalDate.now();
		FundView mdf = funds.create(new FundDraft("MDF second half", today.minusDays(60), today.plusDays(120), "EUR",
				new BigDecimal("25000"), northwind, null, null, null, null, true));
		FundView pool = funds.create(new FundDraft("Co-marketing pool", today.minusDays(60), today.plusDays(25), "EUR",
				new BigDecimal("50000"), null, null, null, null, null, false));
		funds.create(new FundDraft("DACH events", today.minusDays(30), today.plusDays(150), "EUR", new BigDecimal("20000"),
				null, null, null, null, java.util.List.of("DE", "AT", "CH"), null, false));
		funds.create(new FundDraft("Co-op: 2 % of won deals", today.minusDays(30), today.plusDays(335), "EUR", BigDecimal.ZERO,
				null, null, null, null, new BigDecimal("2"), false));
		FundRequestView webinar = requests.submit(new FundRequestDraft(mdf.id(), northwind, "Webinar", "Security",
				"Zero-trust webinar series", "Three webinars for SMB customers", today.minusDays(20), today.minusDays(5),
				new BigDecimal("4000"), null, 50, 40, new BigDecimal("120000"), "ZT-WEB-26"));
		requests.approve(webinar.id(), null);
		byte[] invoice = "%PDF-1.4\n% Demo invoice\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		claims.submit(webinar.id(), new ClaimDraft(new BigDecimal("3650"), "NW-2026-0142", 31, null, List.of()),
				List.of(new NewProofFile("invoice-NW-2026-0142.pdf", invoice.length, new ByteArrayInputStream(invoice))));
		requests.submit(new FundRequestDraft(pool.id(), contoso, "Trade show", "Networking", "Booth at the Networks Expo",
				"Shared booth with two demo stations", today.plusDays(10), today.plusDays(12), new BigDecimal("9000"), null, 50,
				80, new BigDecimal("400000"), "EXPO-26"));
	}

	private boolean wanted() throws Exception {
		if ("true".equalsIgnoreCase(mode)) {
			return true;
		}
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName());
		return "auto".equalsIgnoreCase(mode) && "H2".equalsIgnoreCase(product);
	}

	private UUID partner(String name) {
		return partners.search(new PartnerCriteria(name, null, null, null, null, null), PageRequest.of(0, 5)).items()
			.stream().filter(p -> p.name().equals(name)).map(PartnerView::id).findFirst().orElse(null);
	}
}
