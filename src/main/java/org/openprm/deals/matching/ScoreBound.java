package org.openprm.deals.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The most a record can score against a customer ({@link CustomerScorer}), known from the postings alone,
 * before the record is read: which of the customer's blocking keys the record shares, and its country.
 *
 * <ul>
 * <li>A word of the customer's name counts as matched only when the record shares one of the word's keys
 * (the same word, the same first four letters, the same sound, or a pair key with it), the whole name
 * written together, or a key too common to be read (which every record is then assumed to share), except
 * for a distinctive word whose own key is too common: that counts only through a usable key
 * ({@link #countsOnlyThroughUsableKeys}). Words of three letters count always: a longer word starting with
 * them shares none of their keys. The name's similarity is then at most 2m / (total + m), m the weight of
 * the matched words, as if the record's name were those words alone.</li>
 * <li>The same domain, e-mail, phone or postal code needs the shared key; city and street have no key and
 * are assumed to match; a record in another country gets that country's penalty instead.</li>
 * </ul>
 *
 * This is an upper bound but for three cases, where it may rate a record too low, so that the record is
 * left unread when it cannot reach the threshold or the answer by the bound: misspellings that share none
 * of a word's keys (neither the first four letters nor the sound, as "britener" ~ "brijoten"), three-letter
 * abbreviations of a longer word ("sys" ~ "systems"), and a too common distinctive word that the record has
 * without sharing a usable key with it ("Summit Britener Systems" ~ "Summit Brijoten Networks" when
 * "n:summit" is too common). The blocking keys miss such records anyway when they share nothing else;
 * the accuracy evaluation and the answer comparison in docs/benchmarks.md measure what they cost.
 */
final class ScoreBound {

	/** Scores are sums of points rounded to 0.01: this much above the exact sum covers the rounding. */
	private static final double ROUNDING = 0.01;

	private static final int WORD_BITS = 56;
	private static final long COMPACT = 1L << 56;
	private static final long DOMAIN = 1L << 57;
	private static final long EMAIL = 1L << 58;
	private static final long PHONE = 1L << 59;
	private static final long POSTAL_CODE = 1L << 60;

	private final CustomerProfile customer;

	private final double[] weights;

	private final double totalWeight;

	/** What sharing each of the customer's keys shows: bits of the name's words and of the other reasons. */
	private final Map<String, Long> shows = new HashMap<>();

	/** What every record is assumed to share: words without usable keys, keys too common to be read. */
	private long assumed;

	private ScoreBound(CustomerProfile customer) {
		this.customer = customer;
		this.weights = customer.name().weights();
		this.totalWeight = customer.name().totalWeight();
		List<String> words = customer.name().tokens();
		Map<String, Long> bits = new HashMap<>();
		for (int i = 0; i < words.size(); i++) {
			long bit = i < WORD_BITS ? 1L << i : 0;
			bits.merge(words.get(i), bit, (a, b) -> a | b);
			if (bit == 0) {
				assumed |= COMPACT;
			}
			else if (words.get(i).length() == 3) {
				assumed |= bit;
			}
		}
		bits.forEach((word, bit) -> {
			Set<String> keys = new LinkedHashSet<>();
			BlockingKeys.wordKeys(word, keys);
			keys.forEach(key -> shows.merge(key, bit, (a, b) -> a | b));
		});
		List<String> first = List.copyOf(new LinkedHashSet<>(words.subList(0, Math.min(BlockingKeys.PAIR_WORDS, words.size()))));
		for (int i = 0; i < first.size(); i++) {
			for (int j = i + 1; j < first.size(); j++) {
				shows.merge(BlockingKeys.pairKey(first.get(i), first.get(j)), bits.get(first.get(i)) | bits.get(first.get(j)),
						(a, b) -> a | b);
			}
		}
		if (!customer.name().isEmpty()) {
			shows.put(BlockingKeys.compactKey(customer.name()), COMPACT);
		}
		for (String key : BlockingKeys.of(customer)) {
			switch (key.charAt(0)) {
				case 'd' -> shows.put(key, DOMAIN);
				case 'e' -> shows.put(key, EMAIL);
				case 't' -> shows.put(key, PHONE);
				case 'z' -> shows.put(key, POSTAL_CODE);
				default -> {
				}
			}
		}
	}

	/**
	 * The bound for a customer whose keys were looked up: {@code usable} are the keys whose postings were read;
	 * all others of {@link BlockingKeys#of} were too common, and every record is assumed to share them.
	 */
	static ScoreBound of(CustomerProfile customer, Collection<String> usable) {
		ScoreBound bound = new ScoreBound(customer);
		List<String> words = customer.name().tokens();
		long uncounted = 0;
		for (int i = 0; i < Math.min(words.size(), WORD_BITS); i++) {
			if (countsOnlyThroughUsableKeys(words.get(i), bound.weights[i], usable)) {
				uncounted |= 1L << i;
			}
		}
		long notAssumed = ~uncounted;
		bound.shows.forEach((key, shown) -> {
			if (!usable.contains(key)) {
				bound.assumed |= shown & notAssumed;
			}
		});
		return bound;
	}

	/**
	 * A distinctive word whose own key is too common to read ("n:summit" on an index where thousands of names
	 * start with it) is not assumed matched in every record found: it counts only for records that share a usable
	 * key with it, a pair key above all ("w:summit|systems"). Otherwise every record found through any other
	 * word would keep a bound as high as an exact match of that word. Words of up to three letters ("IT") have
	 * no other key, so they are still assumed matched.
	 */
	static boolean countsOnlyThroughUsableKeys(String word, double weight, Collection<String> usable) {
		return weight >= 1 && word.length() > 3 && !usable.contains(BlockingKeys.wordKey(word));
	}

	/** What sharing the key shows, to be combined for a record with {@code |} and passed to {@link #of(long, String)}. */
	long shows(String key) {
		return shows.getOrDefault(key, 0L);
	}

	/** The most a record that shares {@code shared} (see {@link #shows}) and has the given country can score. */
	double of(long shared, String country) {
		long known = shared | assumed;
		double points = name(known);
		points += (known & DOMAIN) != 0 ? CustomerScorer.DOMAIN : 0;
		points += (known & EMAIL) != 0 ? CustomerScorer.EMAIL : 0;
		points += (known & PHONE) != 0 ? CustomerScorer.PHONE : 0;
		points += address(known, country);
		return Math.max(0, Math.min(1, points)) + ROUNDING;
	}

	private double name(long known) {
		if (customer.name().isEmpty()) {
			return 0;
		}
		double similarity;
		if ((known & COMPACT) != 0) {
			similarity = 1;
		}
		else {
			double matched = 0;
			for (int i = 0; i < Math.min(weights.length, WORD_BITS); i++) {
				matched += (known & (1L << i)) != 0 ? weights[i] : 0;
			}
			similarity = 2 * matched / (totalWeight + matched);
		}
		return similarity >= CustomerScorer.NAME_FLOOR ? CustomerScorer.NAME * similarity : 0;
	}

	private double address(long known, String country) {
		boolean bothCountries = !customer.country().isEmpty() && !country.isEmpty();
		if (bothCountries && !customer.country().equals(country)) {
			return CustomerScorer.OTHER_COUNTRY;
		}
		// The postal code key holds the country: without a country on one side, equal codes share no key.
		boolean postalCode = !customer.postalCode().isEmpty() && ((known & POSTAL_CODE) != 0 || !bothCountries);
		boolean city = !customer.city().isEmpty();
		double points = postalCode ? CustomerScorer.POSTAL_CODE : city ? CustomerScorer.CITY : 0;
		return points + ((postalCode || city) && !customer.street().isEmpty() ? CustomerScorer.STREET : 0);
	}
}
