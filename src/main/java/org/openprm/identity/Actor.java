package org.openprm.identity;

import java.util.Locale;
import java.util.UUID;

/**
 * Who is making the current request. {@link #SYSTEM} acts for scheduled jobs and start-up tasks.
 */
public record Actor(UUID userId, String email, String displayName, Role role, UUID partnerId, Locale locale) {

	public static final Actor SYSTEM = new Actor(null, "system", "System", Role.VENDOR_ADMIN, null, Locale.ENGLISH);

	public boolean isVendor() {
		return role.isVendor();
	}

	public boolean isPartnerAdmin() {
		return role == Role.PARTNER_ADMIN;
	}

	public boolean isVendorAdmin() {
		return role == Role.VENDOR_ADMIN;
	}
}
