package org.openprm.deals.matching;

/**
 * One record that has a blocking key, with what the matcher learns of it before reading it: its country,
 * which lets it bound the record's score (records in another country lose points, see {@link CustomerScorer}).
 *
 * @param ref the record
 * @param country the record's country as the profile has it, or "" when it has none
 */
public record Posting(RecordRef ref, String country) {

	public Posting {
		country = country == null ? "" : country;
	}
}
