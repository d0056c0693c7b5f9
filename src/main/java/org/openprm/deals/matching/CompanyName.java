package org.openprm.deals.matching;

import java.util.List;

/**
 * A company name reduced to the words that identify the company: folded to lower-case ASCII, legal
 * forms, stop words and punctuation removed, abbreviations written out. "Koninklijke Philips N.V."
 * becomes [koninklijke, philips].
 *
 * @param tokens the remaining words, in their original order
 * @param weights how much each word counts when names are compared: 1 for a distinctive word, less for
 *        a descriptive one such as "international" (see {@link CompanyNames#weight(String)})
 */
public record CompanyName(List<String> tokens, double[] weights) {

	static final CompanyName EMPTY = new CompanyName(List.of(), new double[0]);

	/** A copy: the weights belong to the name. */
	@Override
	public double[] weights() {
		return weights.clone();
	}

	double weight(int index) {
		return weights[index];
	}

	double totalWeight() {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		return total;
	}

	public boolean isEmpty() {
		return tokens.isEmpty();
	}

	/** The words without spaces, for names written together or apart ("Micro Soft", "Microsoft"). */
	public String compact() {
		return String.join("", tokens);
	}

	@Override
	public String toString() {
		return String.join(" ", tokens);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CompanyName name && tokens.equals(name.tokens);
	}

	@Override
	public int hashCode() {
		return tokens.hashCode();
	}
}
