package org.openprm.deals.matching;

/**
 * How the matcher decides and how much work a check may do.
 *
 * @param threshold the score from which a candidate is a possible conflict
 * @param maxCandidates how many candidates a check returns at most, best first
 * @param keyLimit a blocking key shared by more records than this is skipped as too common
 * @param maxScored how many of the records found by blocking keys are scored at most: those sharing the
 *        rarest keys first, so one check costs a bounded amount of work however large the data grows
 */
public record MatchSettings(double threshold, int maxCandidates, int keyLimit, int maxScored) {

	/** The defaults; the threshold was chosen on the accuracy benchmark (docs/benchmarks.md). */
	public static final MatchSettings DEFAULTS = new MatchSettings(0.4, 20, 1000, 2000);

	public MatchSettings {
		if (threshold <= 0 || threshold > 1) {
			throw new IllegalArgumentException("threshold must be in (0,1], was " + threshold);
		}
		if (maxCandidates < 1 || keyLimit < 1 || maxScored < 1) {
			throw new IllegalArgumentException("maxCandidates, keyLimit and maxScored must be positive");
		}
	}

	public MatchSettings withThreshold(double newThreshold) {
		return new MatchSettings(newThreshold, maxCandidates, keyLimit, maxScored);
	}

	public MatchSettings withMaxCandidates(int newMaxCandidates) {
		return new MatchSettings(threshold, newMaxCandidates, keyLimit, maxScored);
	}

	public MatchSettings withKeyLimit(int newKeyLimit) {
		return new MatchSettings(threshold, maxCandidates, newKeyLimit, maxScored);
	}

	public MatchSettings withMaxScored(int newMaxScored) {
		return new MatchSettings(threshold, maxCandidates, keyLimit, newMaxScored);
	}
}
