package org.openprm.deals.matching;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises the address parts used for matching: postal code, country, street and city.
 */
final class Addresses {

	private static final Pattern POSTAL_NOISE = Pattern.compile("[^A-Z0-9]");
	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
	private static final Pattern GLUED_STREET_WORD = Pattern.compile("(?<=\\p{L}{3})(strasse|straat|str)\\b");
	private static final Pattern STREET_WORDS = Pattern.compile(
			"\\b(strasse|str|street|st|road|rd|avenue|ave|av|boulevard|blvd|straat|weg|laan|rue|via|calle)\\b");

	private Addresses() {
	}

	/** Upper-case letters and digits only: "1012 ab" and "1012AB" compare equal. */
	static String postalCode(String postalCode) {
		if (Text.isBlank(postalCode)) {
			return "";
		}
		return POSTAL_NOISE.matcher(postalCode.toUpperCase(Locale.ROOT)).replaceAll("");
	}

	static String country(String country) {
		return Text.isBlank(country) ? "" : country.strip().toUpperCase(Locale.ROOT);
	}

	static String city(String city) {
		return NOT_ALPHANUMERIC.matcher(Text.fold(city)).replaceAll(" ").strip();
	}

	/**
	 * Street words are dropped rather than expanded ("Hauptstr. 5" = "Hauptstraße 5"), punctuation removed,
	 * also at the end of a compound ("Hauptstraße", "Kalverstraat").
	 */
	static String street(String street) {
		String text = GLUED_STREET_WORD.matcher(Text.fold(street)).replaceAll(" ");
		text = NOT_ALPHANUMERIC.matcher(text).replaceAll(" ");
		text = STREET_WORDS.matcher(text).replaceAll(" ");
		return text.replaceAll("\\s+", " ").strip();
	}
}
