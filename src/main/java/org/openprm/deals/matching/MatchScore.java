package org.openprm.deals.matching;

import java.util.List;

/**
 * A score in [0,1] and the reasons it is made of, strongest first.
 */
public record MatchScore(double value, List<MatchReason> reasons) {

	public MatchScore {
		reasons = List.copyOf(reasons);
	}
}
