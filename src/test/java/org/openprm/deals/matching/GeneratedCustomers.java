package org.openprm.deals.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Customers the way partners type them, made up from a small vocabulary so that names share words, first
 * letters, trades, cities and postal codes often: many records then share keys, and many keys are common.
 * Variants of a company change case, drop the legal form or a word, shorten a word to its first letters or
 * misspell it after its fourth letter, as partners do. Words that begin with the same letter begin with the
 * same four letters, so that any two words that match at all share a key (what {@link ScoreBound} assumes).
 */
final class GeneratedCustomers {

	/** Their first letters are those of no other word here. */
	private static final List<String> FIRST_SYLLABLES = List.of("kalo", "miro", "bedo", "ulmi", "gavo", "hexa");
	private static final List<String> SYLLABLES = List.of("ka", "lo", "mi", "ra", "ten", "vo", "bel", "dor", "is", "lin",
			"cas");
	private static final List<String> PREFIXES = List.of("Summit", "Nova", "Atlas", "Willow", "Cedar");
	private static final List<String> TRADES = List.of("Systems", "Networks", "Technologies", "International", "Solutions",
			"Data");
	private static final List<String> LEGAL_FORMS = List.of("GmbH", "Inc.", "Ltd", "S.A.", "");
	private static final List<String> COUNTRIES = List.of("DE", "FR", "NL", "");
	private static final List<String> CITIES = List.of("Berlin", "Paris", "Utrecht", "");

	private final Random random;

	GeneratedCustomers(long seed) {
		this.random = new Random(seed);
	}

	List<CustomerDescription> companies(int count) {
		List<CustomerDescription> customers = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			customers.add(random.nextInt(3) == 0 && !customers.isEmpty()
					? variant(customers.get(random.nextInt(customers.size())))
					: company());
		}
		return customers;
	}

	CustomerDescription company() {
		String word = word();
		String name = pick(PREFIXES) + " " + word + " " + pick(TRADES) + " " + pick(LEGAL_FORMS);
		String domain = random.nextInt(3) == 0 ? null : word.toLowerCase(Locale.ROOT) + ".example";
		String email = random.nextInt(4) == 0 ? "info@" + (domain == null ? "gmail.com" : domain) : null;
		String phone = random.nextInt(4) == 0 ? "+49 30 " + (1_000_000 + random.nextInt(20)) : null;
		String postalCode = random.nextBoolean() ? String.valueOf(10_000 + random.nextInt(15)) : null;
		String street = random.nextBoolean() ? (1 + random.nextInt(5)) + " Market Street" : null;
		return new CustomerDescription(name, domain, email, phone, street, postalCode, pick(CITIES), pick(COUNTRIES));
	}

	CustomerDescription variant(CustomerDescription company) {
		List<String> words = new ArrayList<>(List.of(company.name().split(" ")));
		switch (words.size() < 3 ? 0 : random.nextInt(5)) {
			case 0 -> words.replaceAll(word -> word.toUpperCase(Locale.ROOT));
			case 1 -> words.remove(words.size() - 1);
			case 2 -> words.set(1, shortened(words.get(1)));
			case 3 -> words.set(1, misspelt(words.get(1)));
			default -> words.remove(0);
		}
		String country = random.nextInt(4) == 0 ? pick(COUNTRIES) : company.country();
		return new CustomerDescription(String.join(" ", words), random.nextBoolean() ? company.domain() : null,
				random.nextBoolean() ? company.contactEmail() : null, company.phone(), company.street(),
				random.nextBoolean() ? company.postalCode() : null, company.city(), country);
	}

	private String word() {
		String word = pick(FIRST_SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES);
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private String shortened(String word) {
		return word.length() <= 4 ? word : word.substring(0, 4 + random.nextInt(word.length() - 4));
	}

	/** A letter after the fourth replaced: the word keeps its first four letters. */
	private String misspelt(String word) {
		if (word.length() <= 4) {
			return word;
		}
		int at = 4 + random.nextInt(word.length() - 4);
		return word.substring(0, at) + "x" + word.substring(at + 1);
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}
}
