package org.openprm.datagen;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.openprm.datagen.Vocabulary.Country;
import org.openprm.deals.EndCustomer;

/**
 * End customers of deals and the vendor's direct accounts. Customer number n is always the same company
 * (a function of the seed and n), and different numbers are different companies: the number is spread
 * over prefix, invented word and trade by a bijection, so names and domains never repeat by accident.
 * Near-duplicates are made on purpose, the way another partner would type the same company.
 */
final class Customers {

	private static final List<String> SYLLABLES = List.of("ka", "lo", "mi", "ra", "ten", "vo", "zu", "bel", "dor",
			"fin", "gra", "hal", "jo", "kem", "lin", "mar", "nor", "pel", "quin", "ros", "sal", "tor", "ul", "van",
			"wen", "xa", "yor", "zel", "ar", "bri", "cas", "del", "er", "fal", "gor", "hel", "is", "jan", "kor", "lu");

	private static final long WORDS = (long) SYLLABLES.size() * SYLLABLES.size() * SYLLABLES.size();

	private static final long SPACE = WORDS * Vocabulary.PREFIXES.size() * Vocabulary.TRADES.size();

	/** Account numbers start here, far from the numbers deals use for their own customers. */
	static final long ACCOUNT_BASE = SPACE / 2;

	private final long seed;

	Customers(long seed) {
		this.seed = seed;
	}

	/** Company number {@code n}, as its first registering partner (or the CRM) enters it. */
	EndCustomer number(long n) {
		long spread = Math.floorMod(n * 2_654_435_761L + seed, SPACE);
		String prefix = Vocabulary.PREFIXES.get((int) (spread % Vocabulary.PREFIXES.size()));
		spread /= Vocabulary.PREFIXES.size();
		String trade = Vocabulary.TRADES.get((int) (spread % Vocabulary.TRADES.size()));
		String word = word(spread / Vocabulary.TRADES.size());
		Random random = new Random(seed * 7_919L + n);
		Country country = Vocabulary.country(random);
		String domain = Vocabulary.slug(prefix + word).replace("-", "") + "-" + Vocabulary.slug(trade) + tld(country.code());
		String contact = Vocabulary.FIRST_NAMES.get(random.nextInt(Vocabulary.FIRST_NAMES.size())) + " "
				+ Vocabulary.LAST_NAMES.get(random.nextInt(Vocabulary.LAST_NAMES.size()));
		return new EndCustomer(prefix + " " + word + " " + trade + " " + country.legalForm(), domain, country.code(),
				country.cities().get(random.nextInt(country.cities().size())).name(),
				String.valueOf(10_000 + random.nextInt(89_999)),
				(1 + random.nextInt(199)) + " " + Vocabulary.STREETS.get(random.nextInt(Vocabulary.STREETS.size())),
				contact, contact.toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + domain,
				"+" + (10 + random.nextInt(89)) + " " + (100_000_000 + random.nextInt(899_999_999)));
	}

	/**
	 * The same company as another partner enters it: other capitalisation or no legal form, the web site
	 * with a subdomain or not at all, another contact, sometimes no address. The matcher should still find it.
	 */
	static EndCustomer variant(EndCustomer customer, Random random) {
		String name = switch (random.nextInt(4)) {
			case 0 -> customer.name().toUpperCase(Locale.ROOT);
			case 1 -> withoutLegalForm(customer.name());
			case 2 -> customer.name().replace(" ", "  ");
			default -> customer.name();
		};
		String domain = switch (random.nextInt(4)) {
			case 0 -> "shop." + customer.domain();
			case 1 -> null;
			default -> customer.domain();
		};
		boolean address = random.nextBoolean();
		String contact = "sales@" + customer.domain();
		return new EndCustomer(name, domain, customer.country(), customer.city(), address ? customer.postalCode() : null,
				address ? customer.street() : null, null, contact, null);
	}

	private static String withoutLegalForm(String name) {
		for (Country country : Vocabulary.COUNTRIES) {
			if (name.endsWith(" " + country.legalForm())) {
				return name.substring(0, name.length() - country.legalForm().length() - 1);
			}
		}
		return name;
	}

	private static String word(long number) {
		long n = Math.floorMod(number, WORDS);
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < 3; i++) {
			word.append(SYLLABLES.get((int) (n % SYLLABLES.size())));
			n /= SYLLABLES.size();
		}
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static String tld(String country) {
		return switch (country) {
			case "US" -> ".com";
			case "GB" -> ".co.uk";
			case "AU" -> ".com.au";
			case "BR" -> ".com.br";
			case "JP" -> ".co.jp";
			case "IN" -> ".co.in";
			case "ZA" -> ".co.za";
			default -> "." + country.toLowerCase(Locale.ROOT);
		};
	}
}
