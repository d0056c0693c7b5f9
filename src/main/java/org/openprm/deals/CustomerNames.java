package org.openprm.deals;

import java.util.Locale;

import org.openprm.deals.matching.CompanyNames;

/**
 * The key under which other modules file a customer's company name, normalised as the deal matcher
 * normalises names: case, accents, punctuation, legal forms ("GmbH", "Inc") and common abbreviations fold
 * away, so "Globex Corp." and "GLOBEX Corporation" share one key.
 */
public final class CustomerNames {

	private static final int MAX_LENGTH = 200;

	private CustomerNames() {
	}

	public static String key(String companyName) {
		if (companyName == null) {
			return "";
		}
		String key = CompanyNames.normalise(companyName).compact();
		if (key.isEmpty()) {
			key = companyName.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
		}
		return key.length() <= MAX_LENGTH ? key : key.substring(0, MAX_LENGTH);
	}
}
