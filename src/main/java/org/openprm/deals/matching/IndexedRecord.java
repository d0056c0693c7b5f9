package org.openprm.deals.matching;

import java.util.UUID;

/**
 * A record in a {@link MatchIndex}: its identity and the normalised customer it describes.
 *
 * @param kind the record's kind
 * @param id the record's id
 * @param externalId the record's id in the CRM (null for records that did not come from there)
 * @param profile the normalised customer description
 */
public record IndexedRecord(RecordKind kind, UUID id, String externalId, CustomerProfile profile) {

	public static IndexedRecord of(RecordKind kind, UUID id, String externalId, CustomerDescription customer) {
		return new IndexedRecord(kind, id, externalId, CustomerProfile.of(customer));
	}

	public RecordRef ref() {
		return new RecordRef(kind, id);
	}
}
