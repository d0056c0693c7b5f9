package org.openprm.deals.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The benchmark's baseline: lower-cased names with legal suffixes stripped, compared by the Jaccard
 * similarity of their character trigrams; every pair at or above the threshold is a match. Deliberately
 * simple and independent of the matcher's own normalisation.
 */
final class TrigramJaccardBaseline {

	private static final Set<String> LEGAL_SUFFIXES = Set.of("inc", "incorporated", "corp", "corporation", "co",
			"ltd", "limited", "llc", "plc", "gmbh", "ag", "sa", "nv", "bv", "n v", "b v", "v");

	private TrigramJaccardBaseline() {
	}

	static String strip(String name) {
		String text = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		boolean stripped = true;
		while (stripped) {
			stripped = false;
			for (String suffix : LEGAL_SUFFIXES) {
				if (text.endsWith(" " + suffix)) {
					text = text.substring(0, text.length() - suffix.length() - 1).strip();
					stripped = true;
				}
			}
		}
		return text;
	}

	static Set<String> trigrams(String text) {
		Set<String> trigrams = new HashSet<>();
		for (int i = 0; i + 3 <= text.length(); i++) {
			trigrams.add(text.substring(i, i + 3));
		}
		return trigrams;
	}

	static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int shared = 0;
		for (String trigram : a) {
			if (b.contains(trigram)) {
				shared++;
			}
		}
		return (double) shared / (a.size() + b.size() - shared);
	}

	/** Pairwise result for each threshold, comparing every pair of records. */
	static PairwiseResult[] evaluate(BenchmarkCompanies data, double[] thresholds) {
		List<BenchmarkCompanies.Company> companies = data.companies();
		List<Set<String>> grams = new ArrayList<>();
		companies.forEach(company -> grams.add(trigrams(strip(company.name()))));
		long[] predicted = new long[thresholds.length];
		long[] correct = new long[thresholds.length];
		for (int i = 0; i < companies.size(); i++) {
			for (int j = i + 1; j < companies.size(); j++) {
				double similarity = jaccard(grams.get(i), grams.get(j));
				boolean same = companies.get(i).organisation().equals(companies.get(j).organisation());
				for (int t = 0; t < thresholds.length; t++) {
					if (similarity >= thresholds[t]) {
						predicted[t]++;
						correct[t] += same ? 1 : 0;
					}
				}
			}
		}
		PairwiseResult[] results = new PairwiseResult[thresholds.length];
		Arrays.setAll(results, t -> new PairwiseResult(predicted[t], correct[t], data.truePairs()));
		return results;
	}
}
