package org.openprm.deals.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The blocking keys of a customer: short strings that a possible match shares with it, so candidates
 * are found by a few exact index lookups instead of comparing against every record. They are designed
 * for a database table {@code match_key (match_key, record_kind, record_id)} with an index on
 * {@code match_key}; {@link InMemoryMatchIndex} holds the same keys in memory.
 *
 * <table>
 * <tr><th>key</th><th>example for "Koninklijke Philips N.V.", philips.com</th><th>finds</th></tr>
 * <tr><td>{@code n:} each name word</td><td>{@code n:koninklijke}, {@code n:philips}</td><td>names sharing a word</td></tr>
 * <tr><td>{@code p:} first four letters of each word of four or more</td><td>{@code p:koni}, {@code p:phil}</td>
 * <td>abbreviations ("konink") and misspellings after the fourth letter ("phillips")</td></tr>
 * <tr><td>{@code s:} sound of each distinctive word (Double Metaphone)</td><td>{@code s:FLPS}</td>
 * <td>misspellings that sound alike ("alkatel" ~ "alcatel")</td></tr>
 * <tr><td>{@code w:} each pair of the first {@value #PAIR_WORDS} words, alphabetically</td>
 * <td>{@code w:koninklijke|philips}</td><td>names whose single words are all too common
 * ("Global Technologies")</td></tr>
 * <tr><td>{@code c:} the name written together</td><td>{@code c:koninklijkephilips}</td><td>"Micro Soft" ~ "Microsoft"</td></tr>
 * <tr><td>{@code d:} registrable domain of website and e-mail (no webmail)</td><td>{@code d:philips.com}</td><td></td></tr>
 * <tr><td>{@code e:} contact e-mail, {@code t:} phone digits, {@code z:} country and postal code</td>
 * <td>{@code z:NL:5656AE}</td><td></td></tr>
 * </table>
 *
 * A record has about ten to fifteen keys. Keys shared by very many records ("n:international", "p:tech")
 * would return huge candidate lists, so a lookup is capped ({@link MatchSettings#keyLimit()}): a key
 * with more records than the cap is skipped as too common, and the pair keys and the other keys of the
 * name still find the candidates. Which keys are too common is thus decided by the data, not by a
 * list, and it adapts as the data grows.
 */
public final class BlockingKeys {

	static final int PAIR_WORDS = 4;
	private static final int PREFIX = 4;
	private static final int MAX_KEY_LENGTH = 120;
	private static final DoubleMetaphone SOUND = new DoubleMetaphone();

	static {
		SOUND.setMaxCodeLen(6);
	}

	private BlockingKeys() {
	}

	public static Set<String> of(CustomerProfile customer) {
		Set<String> keys = new LinkedHashSet<>();
		nameKeys(customer.name(), keys);
		customer.domains().forEach(domain -> keys.add("d:" + domain));
		addIfPresent(keys, "e:", customer.email());
		addIfPresent(keys, "t:", customer.phone());
		addIfPresent(keys, "z:" + customer.country() + ":", customer.postalCode());
		return keys;
	}

	private static void nameKeys(CompanyName name, Set<String> keys) {
		if (name.isEmpty()) {
			return;
		}
		for (String word : name.tokens()) {
			wordKeys(word, keys);
		}
		pairKeys(name.tokens(), keys);
		keys.add(compactKey(name));
	}

	/** The keys of one word of a name: the word, its first letters and its sound. */
	static void wordKeys(String word, Set<String> keys) {
		keys.add(wordKey(word));
		if (word.length() >= PREFIX) {
			keys.add("p:" + word.substring(0, PREFIX));
			soundKey(word, keys);
		}
	}

	/** The key of the word itself. */
	static String wordKey(String word) {
		return key("n:", word);
	}

	static String compactKey(CompanyName name) {
		return key("c:", name.compact());
	}

	/** The pair key of two words of a name, as {@link #of} writes it. */
	static String pairKey(String a, String b) {
		return a.compareTo(b) <= 0 ? key("w:", a + "|" + b) : key("w:", b + "|" + a);
	}

	/** Double Metaphone knows only Latin letters: other scripts and digits have no sound and get no key. */
	private static void soundKey(String word, Set<String> keys) {
		if (CompanyNames.isGeneric(word)) {
			return;
		}
		String sound = SOUND.doubleMetaphone(word);
		if (sound != null && !sound.isEmpty()) {
			keys.add(key("s:", sound));
		}
	}

	private static void pairKeys(List<String> words, Set<String> keys) {
		List<String> first = new ArrayList<>(new LinkedHashSet<>(words.subList(0, Math.min(PAIR_WORDS, words.size()))));
		first.sort(null);
		for (int i = 0; i < first.size(); i++) {
			for (int j = i + 1; j < first.size(); j++) {
				keys.add(pairKey(first.get(i), first.get(j)));
			}
		}
	}

	private static void addIfPresent(Set<String> keys, String prefix, String value) {
		if (!value.isEmpty()) {
			keys.add(key(prefix, value));
		}
	}

	private static String key(String prefix, String value) {
		String key = prefix + value;
		return key.length() <= MAX_KEY_LENGTH ? key : key.substring(0, MAX_KEY_LENGTH);
	}
}
