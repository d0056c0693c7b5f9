package org.openprm.deals.matching;

/**
 * What a partner, the CRM import or a named-account list says about a customer company. Every field
 * is optional free text, exactly as entered; {@link CustomerProfile} holds the normalised form.
 *
 * @param name company name, e.g. "Globex Corporation"
 * @param domain website URL or domain, e.g. "https://www.globex.com/about"
 * @param contactEmail the customer contact's e-mail address
 * @param phone phone number in any format
 * @param street street and house number
 * @param postalCode postal code
 * @param city city
 * @param country ISO 3166-1 alpha-2 country code, e.g. "DE"
 */
public record CustomerDescription(String name, String domain, String contactEmail, String phone, String street,
		String postalCode, String city, String country) {

	/** A description that knows only the company name. */
	public static CustomerDescription named(String name) {
		return new CustomerDescription(name, null, null, null, null, null, null, null);
	}
}
