package org.openprm.recruitment.onboarding.demo;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.openprm.identity.CurrentActor;
import org.openprm.recruitment.OnboardingPlans;
import org.openprm.recruitment.OnboardingTaskKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The default onboarding plan for every programme: the built-in steps plus a kick-off call and the sales
 * course, which partners tick by hand. Loaded before the demo partners are enrolled, so their checklists
 * follow it.
 */
@Component
@Order(12)
class OnboardingDemoData implements ApplicationRunner {

	private final OnboardingPlans plans;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final String mode;

	OnboardingDemoData(OnboardingPlans plans, TransactionTemplate transaction, JdbcClient jdbc, DataSource dataSource,
			@Value("${prm.demo-data:auto}") String mode) {
		this.plans = plans;
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
			if (jdbc.sql("SELECT COUNT(*) FROM onboarding_plan_tasks").query(Long.class).single() == 0) {
				List<OnboardingPlans.Step> steps = new ArrayList<>(OnboardingPlans.BUILT_IN);
				steps.add(new OnboardingPlans.Step(OnboardingTaskKind.CUSTOM, "Book a kick-off call with your channel manager"));
				steps.add(new OnboardingPlans.Step(OnboardingTaskKind.COMPLETE_COURSE, "Complete the Acme sales basics course"));
				plans.define(null, steps);
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
