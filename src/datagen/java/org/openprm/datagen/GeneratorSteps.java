package org.openprm.datagen;

import java.util.List;

/**
 * The steps in the order their tables depend on each other.
 */
final class GeneratorSteps {

	private GeneratorSteps() {
	}

	static List<GeneratorStep> all() {
		return List.of(new VendorStaffStep(), new PartnersStep(), new PartnerUsersStep(), new ApiTokensStep(),
				new AuditTrailStep(), new DealAccountsStep(), new DealRegistrationsStep(), new LeadsStep());
	}
}
