package org.openprm.datagen;

import org.openprm.identity.Role;

/**
 * The vendor's own team: a few vendor admins and the channel managers.
 */
final class VendorStaffStep implements GeneratorStep {

	static final int ADMINS = 5;

	static final int CHANNEL_MANAGERS = 45;

	@Override
	public String name() {
		return "vendor staff";
	}

	@Override
	public void generate(GenerationContext context) throws Exception {
		try (UserRows users = new UserRows(context)) {
			for (int i = 1; i <= ADMINS + CHANNEL_MANAGERS; i++) {
				boolean admin = i <= ADMINS;
				String email = (admin ? "admin" : "cam") + i + "@vendor.example";
				users.add(email, context.pick(Vocabulary.FIRST_NAMES) + " " + context.pick(Vocabulary.LAST_NAMES),
						admin ? Role.VENDOR_ADMIN : Role.CHANNEL_MANAGER, null, null, "en", context.daysAgo(2000));
				context.feeders().row("vendor-logins", "email,password,role", email, GenerationContext.PASSWORD,
						admin ? Role.VENDOR_ADMIN : Role.CHANNEL_MANAGER);
			}
		}
	}
}
