package org.openprm.datagen;

import java.util.List;

/**
 * The steps in the order their tables depend on each other. Deal registrations and leads join here
 * when their modules arrive (one step each, after the partner users).
 */
final class GeneratorSteps {

	private GeneratorSteps() {
	}

	static List<GeneratorStep> all() {
		return List.of(new VendorStaffStep(), new PartnersStep(), new PartnerUsersStep(), new ApiTokensStep(),
				new AuditTrailStep());
	}
}
