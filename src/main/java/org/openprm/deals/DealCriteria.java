package org.openprm.deals;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Filters of the deal list; null means any.
 */
public record DealCriteria(String query, DealStatus status, UUID partnerId, DealStage stage, LocalDate closeFrom,
		LocalDate closeTo) {
}
