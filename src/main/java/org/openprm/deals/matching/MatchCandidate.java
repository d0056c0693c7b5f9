package org.openprm.deals.matching;

import java.util.List;
import java.util.UUID;

/**
 * A record that may be the same customer as the one checked, with the score and the reasons for it.
 * Only vendor staff may see candidates; partners learn only that a possible conflict exists.
 *
 * @param kind what kind of record matched
 * @param id the record's id
 * @param externalId the record's id in the CRM, if it came from there (else null)
 * @param name the record's company name as stored
 * @param score in [0,1]: the sum of the reasons' points, at most 1
 * @param reasons why the record matched, strongest first
 */
public record MatchCandidate(RecordKind kind, UUID id, String externalId, String name, double score,
		List<MatchReason> reasons) {

	public MatchCandidate {
		reasons = List.copyOf(reasons);
	}
}
