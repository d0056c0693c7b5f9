package org.openprm.deals.matching;

import java.util.UUID;

/**
 * Points at one record in a {@link MatchIndex}: one row of the key table {@code (match_key, record_kind, record_id)}.
 */
public record RecordRef(RecordKind kind, UUID id) {
}
