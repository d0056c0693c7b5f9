package org.openprm.recruitment.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A company name reduced to what tells companies apart: lower case, no accents or punctuation, no legal
 * form ("GmbH", "Ltd.", "Inc"). Two names are similar when their keys are equal or differ by a typo.
 */
public final class CompanyNameKey {

	private static final Set<String> LEGAL_FORMS = Set.of("gmbh", "ag", "kg", "ug", "se", "ltd", "limited", "inc",
			"incorporated", "llc", "llp", "corp", "corporation", "co", "company", "plc", "sa", "sas", "sarl", "srl",
			"spa", "bv", "nv", "oy", "ab", "as", "aps", "pty", "kk", "mbh", "the", "und", "and", "cie");

	private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

	private CompanyNameKey() {
	}

	public static String of(String name) {
		if (name == null) {
			return "";
		}
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT).replace("&", " ").replaceAll("[^a-z0-9]+", " ");
		String key = Arrays.stream(plain.trim().split(" ")).filter(word -> !word.isEmpty() && !LEGAL_FORMS.contains(word))
			.collect(Collectors.joining(" "));
		return key.isEmpty() ? plain.trim() : key;
	}

	/** Equal keys, or keys of at least six letters within one edit per six letters (at most three). */
	public static boolean similar(String a, String b) {
		String left = of(a);
		String right = of(b);
		if (left.isEmpty() || right.isEmpty()) {
			return false;
		}
		if (left.equals(right)) {
			return true;
		}
		int shorter = Math.min(left.length(), right.length());
		if (shorter < 6) {
			return false;
		}
		int distance = DISTANCE.apply(left, right);
		return distance >= 0 && distance <= Math.min(3, shorter / 6);
	}

	/** The first word of the key: what a directory search for similar names starts from. */
	public static String firstWord(String name) {
		String key = of(name);
		int space = key.indexOf(' ');
		return space < 0 ? key : key.substring(0, space);
	}
}
