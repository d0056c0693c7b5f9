package org.openprm.deals.matching;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Jaro-Winkler similarity of two words, giving exactly what Commons Text's {@link JaroWinklerSimilarity}
 * gives (same matching window, transpositions, prefix of up to four letters and 0.7 boost threshold).
 * Commons Text compares boxed characters through a generic input and allocates four arrays per call,
 * which made it most of a conflict check's CPU; words are short, so here the matched positions are bits
 * of two {@code long}s and nothing is allocated. Longer strings go to Commons Text.
 */
final class JaroWinkler {

	private static final int MAX_BITS = 64;
	private static final double BOOST_THRESHOLD = 0.7;
	private static final double SCALING = 0.1;
	private static final int MAX_PREFIX = 4;
	private static final JaroWinklerSimilarity COMMONS = new JaroWinklerSimilarity();

	private JaroWinkler() {
	}

	static double similarity(String first, String second) {
		if (first.equals(second)) {
			return 1;
		}
		String longer = first.length() > second.length() ? first : second;
		String shorter = longer == first ? second : first;
		if (longer.length() > MAX_BITS) {
			return COMMONS.apply(first, second);
		}
		int range = Math.max(longer.length() / 2 - 1, 0);
		long shorterMatched = 0;
		long longerMatched = 0;
		int matches = 0;
		for (int i = 0; i < shorter.length(); i++) {
			char c = shorter.charAt(i);
			for (int j = Math.max(i - range, 0), end = Math.min(i + range + 1, longer.length()); j < end; j++) {
				if ((longerMatched & (1L << j)) == 0 && c == longer.charAt(j)) {
					shorterMatched |= 1L << i;
					longerMatched |= 1L << j;
					matches++;
					break;
				}
			}
		}
		if (matches == 0) {
			return 0;
		}
		double m = matches;
		double jaro = (m / first.length() + m / second.length()
				+ (m - (double) halfTranspositions(shorter, shorterMatched, longer, longerMatched) / 2) / m) / 3;
		return jaro < BOOST_THRESHOLD ? jaro : jaro + SCALING * commonPrefix(first, second, shorter.length()) * (1d - jaro);
	}

	/** The matched characters of both, each in its own order: how many positions differ. */
	private static int halfTranspositions(String shorter, long shorterMatched, String longer, long longerMatched) {
		int half = 0;
		long left = shorterMatched;
		long right = longerMatched;
		while (left != 0) {
			int i = Long.numberOfTrailingZeros(left);
			int j = Long.numberOfTrailingZeros(right);
			if (shorter.charAt(i) != longer.charAt(j)) {
				half++;
			}
			left &= left - 1;
			right &= right - 1;
		}
		return half;
	}

	private static int commonPrefix(String first, String second, int shorterLength) {
		int prefix = 0;
		for (int i = 0, end = Math.min(MAX_PREFIX, shorterLength); i < end && first.charAt(i) == second.charAt(i); i++) {
			prefix++;
		}
		return prefix;
	}
}
