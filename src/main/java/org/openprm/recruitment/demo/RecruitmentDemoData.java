package org.openprm.recruitment.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.openprm.identity.CurrentActor;
import org.openprm.identity.IdentityManagement;
import org.openprm.identity.UserSummary;
import org.openprm.partners.PartnerType;
import org.openprm.programs.ProgramManagement;
import org.openprm.programs.ProgramView;
import org.openprm.recruitment.ApplicationDraft;
import org.openprm.recruitment.ApplicationIntake;
import org.openprm.recruitment.ApplicationReview;
import org.openprm.recruitment.ApplicationRouting;
import org.openprm.recruitment.Approval;
import org.openprm.recruitment.RoutingRuleDraft;
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
 * Demo routing rules and applications in every state: in review (one a possible duplicate of a demo
 * partner), waiting for the applicant's answer, approved and rejected. Loaded with the partners' demo
 * data only, once.
 */
@Component
@Order(30)
class RecruitmentDemoData implements ApplicationRunner {

	private final ApplicationIntake intake;

	private final ApplicationReview review;

	private final ApplicationRouting routing;

	private final IdentityManagement identity;

	private final ProgramManagement programs;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final String mode;

	RecruitmentDemoData(ApplicationIntake intake, ApplicationReview review, ApplicationRouting routing,
			IdentityManagement identity, ProgramManagement programs, TransactionTemplate transaction, JdbcClient jdbc, DataSource dataSource,
			@Value("${prm.demo-data:auto}") String mode) {
		this.intake = intake;
		this.review = review;
		this.routing = routing;
		this.identity = identity;
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
			UUID cam = staff("cam@acme.example");
			boolean empty = jdbc.sql("SELECT COUNT(*) FROM partner_applications").query(Long.class).single() == 0;
			if (empty && cam != null) {
				load(cam);
			}
			return null;
		}));
	}

	private void load(UUID cam) {
		routing.create(new RoutingRuleDraft("DACH resellers", 10, null, "DACH", PartnerType.RESELLER, null, cam, null));
		routing.create(new RoutingRuleDraft("Managed service providers", 20, null, null, PartnerType.MSP, null, null,
				"msp-team"));
		apply("Northwind Systems GmbH", "northwind.example", "DE", "DACH", PartnerType.RESELLER, "Anna Nord",
				"anna@northwind-gmbh.example");
		UUID waiting = apply("Helvetia Networks AG", "helvetia-networks.example", "CH", "DACH", PartnerType.RESELLER,
				"Hans Muster", "hans@helvetia-networks.example");
		review.requestInformation(waiting, "Which vendors do you resell today, and how many certified engineers do you have?");
		UUID programme = programs.programs().stream().map(ProgramView::id).findFirst().orElse(null);
		UUID approved = apply("Blue Fjord Cloud AS", "bluefjord.example", "NO", "NORDICS", PartnerType.MSP, "Ingrid Fjord",
				"ingrid@bluefjord.example");
		if (programme != null) {
			review.approve(approved, new Approval(programme, null));
		}
		UUID rejected = apply("Quick Deals Ltd", "quickdeals.example", "GB", "UK", PartnerType.REFERRAL, "Sam Quick",
				"sam@quickdeals.example");
		review.reject(rejected, "We are not recruiting referral partners in the UK at the moment.");
	}

	private UUID apply(String company, String domain, String country, String region, PartnerType type, String contact,
			String email) {
		return intake.submit(new ApplicationDraft(company, "https://www." + domain, country, List.of(region), type,
				"Networking, managed services", "Switch 24 port, Edge router X", null, new BigDecimal("250000"), "EUR",
				contact, email, "+49 30 1234567", true, Locale.ENGLISH), null);
	}

	private UUID staff(String email) {
		return identity.vendorStaff(PageRequest.of(0, 200)).items().stream().filter(u -> u.email().equals(email))
			.map(UserSummary::id).findFirst().orElse(null);
	}

	private boolean wanted() throws Exception {
		if ("true".equalsIgnoreCase(mode)) {
			return true;
		}
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName());
		return "auto".equalsIgnoreCase(mode) && "H2".equalsIgnoreCase(product);
	}
}
