package org.openprm.deals.matching;

import java.util.Locale;

/**
 * Pairwise precision, recall and F1 of a matcher on the benchmark: a predicted pair is two records the
 * matcher calls a match, a true pair two records of the same organisation.
 */
record PairwiseResult(long predicted, long correct, long truePairs) {

	double precision() {
		return predicted == 0 ? 0 : (double) correct / predicted;
	}

	double recall() {
		return truePairs == 0 ? 0 : (double) correct / truePairs;
	}

	double f1() {
		double p = precision();
		double r = recall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	String row(String label) {
		return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %,d |", label, precision(), recall(), f1(), predicted);
	}
}
