package org.openprm.deals.matching;

import java.util.List;

/**
 * How similar two normalised company names are, in [0,1]: a weighted soft token match. Every word of
 * each name looks for its best counterpart in the other name: the same word (1), an abbreviation
 * that is a prefix of it ("konink" ~ "koninklijke", "tech" ~ "technologies": {@value #PREFIX}), or a
 * spelling variant with the same first letter and a Jaro-Winkler similarity of at least {@value #FUZZY_MIN}
 * ("phillips" ~ "philips").
 * Matches are averaged over both names' words with the words' weights, so a missing distinctive word
 * costs more than a missing "international". Word order does not matter; names written together
 * ("Microsoft" ~ "Micro Soft") are equal.
 */
final class NameSimilarity {

	static final double PREFIX = 0.9;
	static final double FUZZY_MIN = 0.88;
	private static final int MIN_PREFIX = 3;
	private static final int MIN_FUZZY = 4;

	private NameSimilarity() {
	}

	static double of(CompanyName a, CompanyName b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		if (a.equals(b) || sameLetters(a.tokens(), b.tokens())) {
			return 1;
		}
		double matched = bestMatches(a, b) + bestMatches(b, a);
		double total = a.totalWeight() + b.totalWeight();
		return matched / total;
	}

	/** Whether both names are the same letters written together ({@link CompanyName#compact()}), without joining them. */
	private static boolean sameLetters(List<String> a, List<String> b) {
		if (length(a) != length(b)) {
			return false;
		}
		int wordA = 0;
		int wordB = 0;
		int atA = 0;
		int atB = 0;
		while (wordA < a.size()) {
			if (atA == a.get(wordA).length()) {
				wordA++;
				atA = 0;
			}
			else if (atB == b.get(wordB).length()) {
				wordB++;
				atB = 0;
			}
			else if (a.get(wordA).charAt(atA++) != b.get(wordB).charAt(atB++)) {
				return false;
			}
		}
		return true;
	}

	private static int length(List<String> words) {
		int length = 0;
		for (String word : words) {
			length += word.length();
		}
		return length;
	}

	/** The weighted sum of each word of {@code from}'s best similarity to a word of {@code to}. */
	private static double bestMatches(CompanyName from, CompanyName to) {
		List<String> words = from.tokens();
		double matched = 0;
		for (int i = 0; i < words.size(); i++) {
			matched += from.weight(i) * best(words.get(i), to.tokens());
		}
		return matched;
	}

	private static double best(String word, List<String> candidates) {
		double best = 0;
		for (String candidate : candidates) {
			best = Math.max(best, words(word, candidate));
			if (best == 1) {
				break;
			}
		}
		return best;
	}

	static double words(String x, String y) {
		if (x.equals(y)) {
			return 1;
		}
		String shorter = x.length() <= y.length() ? x : y;
		String longer = shorter == x ? y : x;
		if (shorter.length() >= MIN_PREFIX && longer.startsWith(shorter)) {
			return PREFIX;
		}
		// Misspellings rarely change the first letter, and Jaro-Winkler alone rates "northwind" ~ "southwind" 0.93.
		if (shorter.length() >= MIN_FUZZY && x.charAt(0) == y.charAt(0)) {
			double similarity = JaroWinkler.similarity(x, y);
			return similarity >= FUZZY_MIN ? similarity : 0;
		}
		return 0;
	}
}
