package org.openprm.deals.matching;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A customer description in the normalised form the matcher compares. Computed once per record when
 * it enters a {@link MatchIndex}, and once per check.
 *
 * @param displayName the name as entered, for candidates and reasons
 * @param name the normalised company name
 * @param domains registrable domains of the website and the contact e-mail, webmail excluded
 * @param email the contact e-mail address, lower-case (webmail included: the same address is the same person)
 * @param phone the comparable digits of the phone number, or ""
 * @param postalCode the postal code without spaces, or ""
 * @param country the country code, or ""
 * @param street the street without street words and punctuation, or ""
 * @param city the city, or ""
 */
public record CustomerProfile(String displayName, CompanyName name, Set<String> domains, String email,
		String phone, String postalCode, String country, String street, String city) {

	public static CustomerProfile of(CustomerDescription customer) {
		return new CustomerProfile(displayName(customer.name()), CompanyNames.normalise(customer.name()),
				domains(customer), email(customer.contactEmail()), Phones.normalise(customer.phone()),
				Addresses.postalCode(customer.postalCode()), Addresses.country(customer.country()),
				Addresses.street(customer.street()), Addresses.city(customer.city()));
	}

	private static String displayName(String name) {
		return name == null ? "" : name.strip();
	}

	private static Set<String> domains(CustomerDescription customer) {
		Set<String> domains = new LinkedHashSet<>();
		companyDomain(customer.domain()).ifPresent(domains::add);
		companyDomain(customer.contactEmail()).ifPresent(domains::add);
		return Collections.unmodifiableSet(domains);
	}

	private static Optional<String> companyDomain(String urlOrEmail) {
		return Domains.registrableDomain(urlOrEmail).filter(domain -> !Domains.isWebmail(domain));
	}

	private static String email(String email) {
		if (Text.isBlank(email) || email.indexOf('@') < 1) {
			return "";
		}
		return email.strip().toLowerCase(Locale.ROOT);
	}
}
