package org.openprm.deals.matching;

/**
 * How the matcher decides and how much work a check may do.
 *
 * @param threshold the score from which a candidate is a possible conflict
 * @param maxCandidates how many candidates a check returns at most, best first
 * @param keyLimit a blocking key shared by more records than this is skipped as too common
 */
public record MatchSettings(double threshold, int maxCandidates, int keyLimit) {

	/** The defaults; the threshold was chosen on the accuracy benchmark (docs/benchmarks.md). */
	public static final MatchSettings DEFAULTS = new MatchSettings(0.5, 20, 1000);

	public MatchSettings {
		if (threshold <= 0 || threshold > 1) {
			throw new IllegalArgumentException("threshold must be in (0,1], was " + threshold);
		}
		if (maxCandidates < 1 || keyLimit < 1) {
			throw new IllegalArgumentException("maxCandidates and keyLimit must be positive");
		}
	}

	public MatchSettings withThreshold(double newThreshold) {
		return new MatchSettings(newThreshold, maxCandidates, keyLimit);
	}

	public MatchSettings withMaxCandidates(int newMaxCandidates) {
		return new MatchSettings(threshold, newMaxCandidates, keyLimit);
	}
}
