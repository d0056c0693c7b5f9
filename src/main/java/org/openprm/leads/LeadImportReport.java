package org.openprm.leads;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of a CSV import, row by row: how many rows were read and received, how many were routed,
 * and every refused row with its problems (nothing is silently dropped).
 */
public record LeadImportReport(int rows, int received, int routed, List<UUID> leadIds, List<RowProblem> problems) {

	/** A refused row (1 is the first data row) and what was wrong with it. */
	public record RowProblem(int row, String field, String message) {
	}
}
