package org.openprm.deals.domain;

import java.util.Locale;
import java.util.Optional;

import org.openprm.deals.EndCustomer;
import org.openprm.deals.matching.CompanyNames;
import org.openprm.deals.matching.Domains;

/**
 * The key under which a customer is claimed: its registrable web domain when known (subdomains fold,
 * webmail never counts), else its normalised company name (legal forms, accents and punctuation
 * removed, the matcher's normalisation) with its country.
 */
public final class CustomerKeys {

	private CustomerKeys() {
	}

	public static String of(EndCustomer customer) {
		Optional<String> domain = Domains.registrableDomain(customer.domain()).filter(d -> !Domains.isWebmail(d));
		if (domain.isPresent()) {
			return "d:" + domain.get();
		}
		String name = CompanyNames.normalise(customer.name()).compact();
		String country = customer.country() == null ? "" : customer.country().toUpperCase(Locale.ROOT);
		String key = "n:" + country + ":" + (name.isEmpty() ? customer.name().strip().toLowerCase(Locale.ROOT) : name);
		return key.length() <= 300 ? key : key.substring(0, 300);
	}
}
