package org.openprm.deals;

/**
 * The customer a deal is registered for, as the partner entered it.
 */
public record EndCustomer(String name, String domain, String country, String city, String postalCode,
		String street, String contactName, String contactEmail, String phone) {
}
