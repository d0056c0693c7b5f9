package org.openprm.programs.agreements.demo;

import javax.sql.DataSource;

import org.openprm.identity.CurrentActor;
import org.openprm.programs.AgreementScope;
import org.openprm.programs.AgreementTemplateDraft;
import org.openprm.programs.AgreementTemplates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A partner agreement for all partners, loaded with the other demo data when no template exists yet. It
 * does not gate portal access, so the demo logins reach every page; a gating template is one tick away.
 */
@Component
@Order(30)
class AgreementDemoData implements ApplicationRunner {

	static final String BODY = """
			This Partner Agreement is made between Acme Networks and {{partnerName}} and is effective from \
			{{effectiveDate}}.

			1. The partner markets and resells Acme Networks products in its territory under the terms of the \
			partner programme {{programName}} (tier: {{tierName}}).

			2. The partner registers the deals it works on in the partner portal and keeps its registrations up to date.

			3. Either party may end this agreement with 90 days' notice in writing.

			Accepted on {{today}}.
			""";

	private final AgreementTemplates templates;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final String mode;

	AgreementDemoData(AgreementTemplates templates, TransactionTemplate transaction, JdbcClient jdbc,
			DataSource dataSource, @Value("${prm.demo-data:auto}") String mode) {
		this.templates = templates;
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
			if (jdbc.sql("SELECT COUNT(*) FROM agreement_templates").query(Long.class).single() == 0) {
				templates.create(new AgreementTemplateDraft("partner-agreement", AgreementScope.ALL_PARTNERS, false,
						"Partner Agreement", BODY, null));
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
}
