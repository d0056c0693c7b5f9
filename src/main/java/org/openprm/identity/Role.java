package org.openprm.identity;

/**
 * What a user may do. Vendor roles work across all partners; partner roles within one organisation.
 */
public enum Role {

	VENDOR_ADMIN, CHANNEL_MANAGER, PARTNER_ADMIN, PARTNER_USER;

	public boolean isVendor() {
		return this == VENDOR_ADMIN || this == CHANNEL_MANAGER;
	}

	public String authority() {
		return "ROLE_" + name();
	}
}
