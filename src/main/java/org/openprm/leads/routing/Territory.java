package org.openprm.leads.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a partner takes leads: entries {@code CC} (a whole country), {@code CC/Region} (one region of it)
 * or {@code CC-prefix} (postal codes starting with the prefix). A lead matches when any entry does.
 */
public record Territory(List<Entry> entries) {

	public record Entry(String country, String region, String postalPrefix) {

		boolean covers(String leadCountry, String leadRegion, String leadPostalCode) {
			if (!country.equalsIgnoreCase(leadCountry)) {
				return false;
			}
			if (region != null) {
				return leadRegion != null && region.equalsIgnoreCase(leadRegion.trim());
			}
			if (postalPrefix != null) {
				return leadPostalCode != null && normal(leadPostalCode).startsWith(postalPrefix);
			}
			return true;
		}
	}

	/** Parses "DE, AT, US/Washington, US-98" (commas or spaces between entries is fine). */
	public static Territory parse(String text) {
		List<Entry> entries = new ArrayList<>();
		if (text != null) {
			for (String token : text.split("[,;\\s]+")) {
				entry(token.trim()).ifPresent(entries::add);
			}
		}
		return new Territory(List.copyOf(entries));
	}

	public static Territory countries(List<String> countries) {
		return new Territory(countries.stream().map(c -> new Entry(c.toUpperCase(Locale.ROOT), null, null)).distinct().toList());
	}

	private static java.util.Optional<Entry> entry(String token) {
		if (token.length() < 2) {
			return java.util.Optional.empty();
		}
		String country = token.substring(0, 2).toUpperCase(Locale.ROOT);
		String rest = token.substring(2);
		if (rest.startsWith("/") && rest.length() > 1) {
			return java.util.Optional.of(new Entry(country, rest.substring(1).replace('_', ' '), null));
		}
		if (rest.startsWith("-") && rest.length() > 1) {
			return java.util.Optional.of(new Entry(country, null, normal(rest.substring(1))));
		}
		return rest.isEmpty() ? java.util.Optional.of(new Entry(country, null, null)) : java.util.Optional.empty();
	}

	public boolean covers(String country, String region, String postalCode) {
		if (country == null) {
			return false;
		}
		for (Entry entry : entries) {
			if (entry.covers(country, region, postalCode)) {
				return true;
			}
		}
		return false;
	}

	private static String normal(String postal) {
		return postal.replace(" ", "").toUpperCase(Locale.ROOT);
	}
}
